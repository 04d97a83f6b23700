// Every list call returns a PagePromise: await it for one page, or iterate it for every item.
import { MoveUgc } from 'move-ugc';

const ugc = new MoveUgc();

// One page: { items, limit, nextToken }.
const page = await ugc.jobs.list({ limit: 20, sortBy: 'DESC' });
console.log(page.items.length, 'jobs on the first page');

// The next page, by hand: nextToken is null on the last page.
if (page.nextToken) {
  const next = await ugc.jobs.list({ limit: 20, sortBy: 'DESC', nextToken: page.nextToken });
  console.log(next.items.length, 'more');
}

// Every item of every page; the next page is fetched while you work on this one.
for await (const take of ugc.takes.list({ limit: 50 })) {
  console.log(take.id, take.takeType, take.created?.toISOString());
}

// Page by page, when you want the page boundaries.
for await (const volumes of ugc.volumes.list({ limit: 10 }).pages()) {
  console.log(volumes.items.map((v) => v.id));
}
