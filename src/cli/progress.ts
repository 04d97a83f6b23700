import { SingleBar } from 'cli-progress';
import { formatBytes, type Output } from './output.js';

/** Reports progress: a live bar on a terminal, a plain line per step (at most every 10%) elsewhere. */
export interface Progress {
  update(value: number, label?: string): void;
  stop(): void;
}

export function progress(out: Output, title: string, total: number, unit: 'bytes' | 'percent'): Progress {
  if (out.json) return { update() {}, stop() {} };
  const show = (v: number) => (unit === 'bytes' ? formatBytes(v) : `${Math.round(v)}%`);
  if (out.interactive) {
    const bar = new SingleBar({
      format: `${title.padEnd(TITLE_WIDTH)} {bar} {percentage}% | {label}`,
      barsize: barSize(title, process.stderr.columns),
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: false,
      stream: process.stderr,
    });
    bar.start(Math.max(total, 1), 0, { label: '' });
    return {
      update: (value, label) => bar.update(Math.min(value, Math.max(total, 1)), { label: label ?? `${show(value)} of ${show(total)}` }),
      stop: () => bar.stop(),
    };
  }
  // Off a terminal, a byte count starts at 0 by definition: only its progress is news.
  let lastDecile = unit === 'bytes' ? 0 : -1;
  let lastLabel = '';
  return {
    update(value, label) {
      const decile = total > 0 ? Math.floor((value / total) * 10) : 10;
      if (decile === lastDecile && (label ?? '') === lastLabel) return;
      lastDecile = decile;
      lastLabel = label ?? '';
      out.note(`${title}: ${label ? `${label} ` : ''}${unit === 'bytes' ? `${show(value)} of ${show(total)}` : show(value)}`);
    },
    stop() {},
  };
}

// The longest output type (RENDER_OVERLAY_VIDEO), so every bar of a run starts in the same column.
const TITLE_WIDTH = 20;
// The widest label: "999 kB of 999 kB", or a job state such as NOT_STARTED.
const LABEL_WIDTH = 20;

/** A bar that leaves room for the title, percentage and label on one line of the terminal. */
export function barSize(title: string, columns: number | undefined): number {
  const width = columns && columns > 0 ? columns : 80;
  const fixed = Math.max(TITLE_WIDTH, title.length) + ' '.length + ' 100% | '.length + LABEL_WIDTH;
  return Math.max(10, Math.min(40, width - fixed - 1));
}
