// @urql/core's types reach wonka's, whose fromDomEvent names the DOM's HTMLElement. An app compiled
// without the DOM lib (Node, workers) and with skipLibCheck off would fail on that name; an empty
// interface gives it one, and merges into the real HTMLElement wherever the DOM lib is loaded.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElement {}
}

export {};
