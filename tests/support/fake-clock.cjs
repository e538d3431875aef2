// The browser suites' clock. When GRASSROOTS_CLOCK_OFFSET_MS is set (tests/jest.config.js sets it from
// GRASSROOTS_TEST_NOW), "now" is shifted by that offset and runs at real speed — in the test process, in the seed
// and app processes the suites start (node --require this file) and in the browser (the same function as an
// init script) — so the seed, the server's rules, the page and the test's own date arithmetic agree on "today".
// Dates made from explicit values are untouched and `instanceof Date` keeps working (a Proxy over the real Date).
'use strict';

/** Shifts this realm's Date by `offset` ms. Self-contained: Playwright serializes it into the page. */
function installFakeClock(offset) {
  if (!offset || globalThis.__grassrootsFakeClock) return;
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const now = () => realNow() + offset;
  globalThis.Date = new Proxy(RealDate, {
    construct(Target, args, newTarget) {
      return Reflect.construct(Target, args.length === 0 ? [now()] : args, newTarget);
    },
    apply() {
      return new RealDate(now()).toString();
    },
    get(Target, prop, receiver) {
      return prop === 'now' ? now : Reflect.get(Target, prop, receiver);
    },
  });
  globalThis.__grassrootsFakeClock = { offset };
}

if (typeof process !== 'undefined' && process.env.GRASSROOTS_CLOCK_OFFSET_MS)
  installFakeClock(Number(process.env.GRASSROOTS_CLOCK_OFFSET_MS));

module.exports = { installFakeClock };
