// Progress of a long extraction: a bar with the count and an ETA on a terminal, otherwise a log
// line every 10%.

import type { Logger } from '../log.ts';

export function progressReporter(
  log: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): (done: number, total: number) => void {
  const started = Date.now();
  let lastTenth = 0;
  let lastDraw = 0;
  return (done, total) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 1e-3);
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
    if (stream.isTTY) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(
        `\rextracting [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles, ${rate.toFixed(0)}/s, ETA ${eta}s   `,
      );
      if (done === total) stream.write('\n');
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > lastTenth || done === total) {
      lastTenth = tenth;
      log.info(`extracted ${done}/${total} articles (${Math.round((done / total) * 100)}%)`, {
        rate: Math.round(rate),
        etaSeconds: eta,
      });
    }
  };
}
