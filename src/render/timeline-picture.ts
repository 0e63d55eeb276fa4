// A timeline as a PNG: each event a row labelled with its clause, a dot at its date on a time axis,
// a colour per article. vega-lite describes the chart, vega draws it to SVG (no browser, no canvas:
// text widths are estimated, the same everywhere), and resvg renders the SVG with the one font
// shipped in assets/fonts and no system fonts, so every machine produces the same picture.

import { join } from 'node:path';
import type { TimelinePicture } from '../answer/answer.ts';
import { PROJECT_DIR } from '../runtime.ts';

export const PICTURE_NAME = 'timeline.png';
export const FONT_FILE = join(PROJECT_DIR, 'assets/fonts/DejaVuSans.ttf');
const FONT_FAMILY = 'DejaVu Sans';
const WIDTH = 1000;
const ROW_HEIGHT = 22;

/** The vega-lite specification of the picture: plain data, easy to test. */
export function timelineSpec(picture: TimelinePicture): Record<string, unknown> {
  const values = picture.events.map((e, i) => ({ ...e, row: `${i + 1}. ${e.label}` }));
  const caption =
    picture.left > 0
      ? `${picture.left} more event${picture.left === 1 ? '' : 's'} not shown (no calendar date, or no room)`
      : '';
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: picture.title, subtitle: caption || undefined, anchor: 'start', fontSize: 16 },
    width: 460,
    height: Math.max(1, values.length) * ROW_HEIGHT,
    background: 'white',
    padding: 16,
    config: { font: FONT_FAMILY, view: { stroke: '#dddddd' }, axis: { labelFontSize: 11, titleFontSize: 12 } },
    data: { values },
    layer: [
      { mark: { type: 'rule', color: '#e3e3e3' }, encoding: { y: { field: 'row', type: 'ordinal', sort: null } } },
      {
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: {
          x: { field: 'date', type: 'temporal', title: null, axis: { labelAngle: -30, grid: true, tickCount: 6 } },
          y: {
            field: 'row',
            type: 'ordinal',
            sort: null,
            title: null,
            axis: { labelLimit: 560, labelFontSize: 11, ticks: false, domain: false },
          },
          color: {
            field: 'article',
            type: 'nominal',
            title: 'Article',
            legend: { orient: 'bottom', direction: 'vertical', labelLimit: 640, columns: 1 },
          },
        },
      },
    ],
  };
}

/** The picture as SVG text. */
export async function timelineSvg(picture: TimelinePicture): Promise<string> {
  // Loaded on first use: vega and vega-lite are large, and most answers have no picture.
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(timelineSpec(picture) as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The picture as PNG bytes. */
export async function renderTimelinePicture(picture: TimelinePicture): Promise<Buffer> {
  const svg = await timelineSvg(picture);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: WIDTH },
    background: 'white',
    font: {
      fontFiles: [FONT_FILE],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
