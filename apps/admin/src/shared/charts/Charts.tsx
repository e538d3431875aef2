import { type CSSProperties, type KeyboardEvent, type ReactNode, useState } from 'react';

import { type Axis, type AxisOptions, niceAxis, position } from './scale';
import { useWidth } from './useWidth';

/**
 * The admin's charts, drawn as SVG by hand: bars and lines over categories (with a second axis), horizontal bars and a
 * donut — what the pages show, in a few kB instead of a charting library's ~110 kB (issue 12). Each chart sits beside
 * a table with the same figures; the charts are for seeing, the tables for reading.
 */

const AXIS_TEXT = '#595959';
const GRID = '#f0f0f0';
const FONT = 11;

export interface Series<T> {
  name: string;
  kind: 'bar' | 'line';
  color: string;
  value: (row: T) => number | null;
  /** A bar's colour per row (e.g. local specialties in green). */
  colorOf?: (row: T) => string;
  axis?: 'left' | 'right';
  /** The value as the tooltip shows it. */
  format?: (v: number) => string;
}

export interface AxisSpec extends AxisOptions {
  tick?: (v: number) => string;
}

/** Approximate text width: CJK characters are about twice as wide as Latin ones. */
function textWidth(s: string, size = FONT): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.6;
  return w;
}

function truncate(s: string, width: number, size = FONT): string {
  if (textWidth(s, size) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

const defaultFormat = (v: number) => v.toLocaleString();

/**
 * Which item (band, bar, slice) the reader points at — by mouse, by tap, or from the keyboard: the chart takes focus
 * (Tab) and the arrow keys move between items, so its values are readable without a mouse.
 */
function usePointer(count: number, title?: string) {
  const [hover, setHover] = useState<number | null>(null);
  const active = hover !== null && hover >= 0 && hover < count ? hover : null; // the data may have shrunk since
  const step = (by: number) =>
    count > 0 && setHover((h) => (h === null ? 0 : Math.min(count - 1, Math.max(0, h + by))));
  const svg = {
    role: 'img',
    'aria-label': title,
    tabIndex: count > 0 ? 0 : undefined,
    style: {} as CSSProperties,
    onMouseLeave: () => setHover(null),
    onFocus: () => setHover((h) => h ?? 0),
    onBlur: () => setHover(null),
    onKeyDown: (e: KeyboardEvent) => {
      const by = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      if (by) {
        e.preventDefault();
        step(by);
      } else if (e.key === 'Escape') setHover(null);
    },
  } as const;
  return { active, point: setHover, svg };
}

/** Categories along the bottom; bars (side by side) and lines, on a left axis and optionally a right one. */
export function ColumnChart<T>({
  data,
  label,
  series,
  height,
  left = {},
  right = {},
  reference,
  angledLabels = false,
  legend = true,
  title,
  testId,
}: {
  data: T[];
  label: (row: T) => string;
  series: Series<T>[];
  /** What the chart shows, for screen readers. */
  title?: string;
  height: number;
  left?: AxisSpec;
  right?: AxisSpec;
  /** A horizontal line on the left axis (a cap, a target). */
  reference?: { value: number; label: string; color: string };
  angledLabels?: boolean;
  legend?: boolean;
  testId?: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { active: hover, point: setHover, svg } = usePointer(data.length, title);
  const valuesOn = (side: 'left' | 'right') =>
    series
      .filter((s) => (s.axis ?? 'left') === side)
      .flatMap((s) => data.map((r) => s.value(r) ?? 0))
      .concat(side === 'left' && reference ? [reference.value] : []);
  const hasRight = series.some((s) => s.axis === 'right');
  const leftAxis = niceAxis(valuesOn('left'), left);
  const rightAxis = hasRight ? niceAxis(valuesOn('right'), right) : undefined;
  const leftTick = left.tick ?? defaultFormat;
  const rightTick = right.tick ?? defaultFormat;

  const legendHeight = legend ? 24 : 0;
  const labelHeight = angledLabels ? Math.min(70, Math.max(...data.map((r) => textWidth(label(r))), 0) * 0.6 + 14) : 20;
  const margin = {
    top: 10,
    left: Math.max(28, ...leftAxis.ticks.map((v) => textWidth(leftTick(v)))) + 10,
    right: rightAxis ? Math.max(28, ...rightAxis.ticks.map((v) => textWidth(rightTick(v)))) + 10 : 12,
    bottom: labelHeight,
  };
  const plotW = Math.max(0, width - margin.left - margin.right);
  const plotH = Math.max(0, height - legendHeight - margin.top - margin.bottom);
  const band = data.length ? plotW / data.length : 0;
  const bars = series.filter((s) => s.kind === 'bar');
  const barW = bars.length ? (band * 0.7) / bars.length : 0;
  const y = (axis: Axis, v: number) => margin.top + plotH - position(axis, v, plotH);
  const axisOf = (s: Series<T>) => (s.axis === 'right' && rightAxis ? rightAxis : leftAxis);
  const cx = (i: number) => margin.left + band * (i + 0.5);
  // Labels that would overlap are thinned out (every 2nd, 3rd … shown).
  const labelEvery = Math.max(1, Math.ceil((data.length * (angledLabels ? 22 : 44)) / Math.max(plotW, 1)));

  return (
    <div style={{ width: '100%', height, position: 'relative' }} data-testid={testId} ref={ref}>
      {width > 0 && (
        <svg width={width} height={height - legendHeight} {...svg}>
          {leftAxis.ticks.map((v) => (
            <g key={`l${v}`}>
              <line x1={margin.left} x2={margin.left + plotW} y1={y(leftAxis, v)} y2={y(leftAxis, v)} stroke={GRID} />
              <text
                x={margin.left - 6}
                y={y(leftAxis, v)}
                dy="0.32em"
                textAnchor="end"
                fontSize={FONT}
                fill={AXIS_TEXT}
              >
                {leftTick(v)}
              </text>
            </g>
          ))}
          {rightAxis?.ticks.map((v) => (
            <text
              key={`r${v}`}
              x={margin.left + plotW + 6}
              y={y(rightAxis, v)}
              dy="0.32em"
              fontSize={FONT}
              fill={AXIS_TEXT}
            >
              {rightTick(v)}
            </text>
          ))}
          {hover !== null && (
            <rect x={margin.left + band * hover} y={margin.top} width={band} height={plotH} fill="rgba(0,0,0,0.04)" />
          )}
          {data.map((row, i) =>
            bars.map((s, b) => {
              const v = s.value(row);
              if (!v) return null; // nothing to draw for 0 (the tooltip still says 0)
              const axis = axisOf(s);
              const top = y(axis, Math.max(v, 0));
              return (
                <rect
                  key={`${i}-${s.name}`}
                  className="chart-bar"
                  x={cx(i) - (barW * bars.length) / 2 + barW * b}
                  y={top}
                  width={Math.max(1, barW - 1)}
                  height={Math.max(0, y(axis, Math.min(v, 0)) - top)}
                  fill={s.colorOf?.(row) ?? s.color}
                />
              );
            }),
          )}
          {series
            .filter((s) => s.kind === 'line')
            .map((s) => {
              const axis = axisOf(s);
              const points = data.map((row, i) => {
                const v = s.value(row);
                return v == null ? null : ([cx(i), y(axis, v)] as const);
              });
              // A missing value breaks the line rather than drawing it to zero.
              const d = points
                .map((p, i) => (p ? `${i === 0 || !points[i - 1] ? 'M' : 'L'}${p[0]},${p[1]}` : ''))
                .join('');
              return (
                <g key={s.name} className="chart-line">
                  <path d={d} fill="none" stroke={s.color} strokeWidth={2} />
                  {data.length <= 40 &&
                    points.map(
                      (p, i) => p && <circle key={i} cx={p[0]} cy={p[1]} r={3} fill="#fff" stroke={s.color} />,
                    )}
                </g>
              );
            })}
          {reference && (
            <g>
              <line
                x1={margin.left}
                x2={margin.left + plotW}
                y1={y(leftAxis, reference.value)}
                y2={y(leftAxis, reference.value)}
                stroke={reference.color}
                strokeDasharray="4 4"
              />
              <text
                x={margin.left + plotW - 4}
                // Above the line, or below it when the line is at the top of the chart.
                y={y(leftAxis, reference.value) + (y(leftAxis, reference.value) - margin.top < 14 ? 14 : -4)}
                textAnchor="end"
                fontSize={12}
                fill={reference.color}
              >
                {reference.label}
              </text>
            </g>
          )}
          <line
            x1={margin.left}
            x2={margin.left + plotW}
            y1={margin.top + plotH}
            y2={margin.top + plotH}
            stroke="#d9d9d9"
          />
          {data.map((row, i) =>
            i % labelEvery === 0 ? (
              <text
                key={`x${i}`}
                fontSize={FONT}
                fill={AXIS_TEXT}
                textAnchor={angledLabels ? 'end' : 'middle'}
                transform={
                  angledLabels
                    ? `translate(${cx(i)},${margin.top + plotH + 10}) rotate(-35)`
                    : `translate(${cx(i)},${margin.top + plotH + 14})`
                }
              >
                {angledLabels
                  ? // Slanted to the left: no longer than fits between the chart's edge and its bar.
                    truncate(label(row), Math.min(110, cx(i) / 0.82 - 4))
                  : truncate(label(row), band * labelEvery - 4)}
              </text>
            ) : null,
          )}
          {data.map((_, i) => (
            // The band under the pointer (or tap) shows its values.
            <rect
              key={`h${i}`}
              x={margin.left + band * i}
              y={margin.top}
              width={band}
              height={plotH}
              fill="transparent"
              onMouseEnter={() => setHover(i)}
              onClick={() => setHover(i)}
            />
          ))}
        </svg>
      )}
      <ChartTooltip x={hover === null ? 0 : cx(hover)} width={width} top={margin.top}>
        {hover !== null && data[hover] && (
          <>
            <strong>{label(data[hover])}</strong>
            {series.map((s) => {
              const v = s.value(data[hover]);
              return (
                <div key={s.name}>
                  <Swatch color={s.colorOf?.(data[hover]) ?? s.color} line={s.kind === 'line'} /> {s.name}:{' '}
                  {v == null ? '—' : (s.format ?? defaultFormat)(v)}
                </div>
              );
            })}
          </>
        )}
      </ChartTooltip>
      {legend && <Legend items={series.map((s) => ({ name: s.name, color: s.color, line: s.kind === 'line' }))} />}
    </div>
  );
}

/** One bar per row, across, with the row's name beside it (categories with long names). */
export function BarList<T>({
  data,
  label,
  value,
  colorOf,
  axis = {},
  format = defaultFormat,
  title,
  testId,
}: {
  data: T[];
  label: (row: T) => string;
  value: (row: T) => number;
  title?: string;
  colorOf: (row: T) => string;
  axis?: AxisSpec;
  format?: (v: number) => string;
  testId?: string;
}) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const { active: hover, point: setHover, svg } = usePointer(data.length, title);
  const row = 32;
  const scale = niceAxis(data.map(value), axis);
  const tick = axis.tick ?? defaultFormat;
  const margin = { top: 4, left: 100, right: 16, bottom: 22 };
  const plotW = Math.max(0, width - margin.left - margin.right);
  const height = margin.top + data.length * row + margin.bottom;
  const x = (v: number) => margin.left + position(scale, v, plotW);
  return (
    <div style={{ width: '100%', height, position: 'relative' }} data-testid={testId} ref={ref}>
      {width > 0 && (
        <svg width={width} height={height} {...svg}>
          {scale.ticks.map((v) => (
            <g key={v}>
              <line x1={x(v)} x2={x(v)} y1={margin.top} y2={height - margin.bottom} stroke={GRID} />
              <text x={x(v)} y={height - 6} textAnchor="middle" fontSize={FONT} fill={AXIS_TEXT}>
                {tick(v)}
              </text>
            </g>
          ))}
          {data.map((r, i) => {
            const v = value(r);
            const top = margin.top + i * row;
            return (
              <g key={i} onMouseEnter={() => setHover(i)} onClick={() => setHover(i)}>
                <rect
                  x={0}
                  y={top}
                  width={width}
                  height={row}
                  fill={hover === i ? 'rgba(0,0,0,0.04)' : 'transparent'}
                />
                <text x={margin.left - 8} y={top + row / 2} dy="0.32em" textAnchor="end" fontSize={12} fill={AXIS_TEXT}>
                  {truncate(label(r), margin.left - 12, 12)}
                </text>
                <rect
                  className="chart-bar"
                  x={x(Math.min(v, 0))}
                  y={top + 6}
                  width={Math.max(1, Math.abs(x(v) - x(0)))}
                  height={row - 12}
                  fill={colorOf(r)}
                />
              </g>
            );
          })}
        </svg>
      )}
      <ChartTooltip
        x={hover === null ? 0 : x(value(data[hover]))}
        width={width}
        top={hover === null ? 0 : margin.top + hover * row + row}
      >
        {hover !== null && data[hover] && (
          <>
            <strong>{label(data[hover])}</strong>
            <div>{format(value(data[hover]))}</div>
          </>
        )}
      </ChartTooltip>
    </div>
  );
}

/** Parts of a whole as a ring, with each part's name and count beside it. */
export function DonutChart({
  data,
  height = 180,
  title,
  testId,
}: {
  data: { name: string; value: number; color: string }[];
  height?: number;
  title?: string;
  testId?: string;
}) {
  const { active: hover, point: setHover, svg } = usePointer(data.length, title);
  const total = data.reduce((s, d) => s + d.value, 0);
  const outer = Math.min(70, height / 2 - 4);
  const inner = outer * 0.57;
  const c = outer + 4;
  let angle = -Math.PI / 2;
  const slices = data.map((d) => {
    const start = angle;
    angle += total ? (d.value / total) * Math.PI * 2 : 0;
    return { ...d, start, end: angle };
  });
  return (
    <div
      style={{ width: '100%', height, display: 'flex', alignItems: 'center', gap: 16, position: 'relative' }}
      data-testid={testId}
    >
      <svg width={c * 2} height={c * 2} {...svg} style={{ ...svg.style, flex: 'none' }}>
        {slices.map((s, i) =>
          s.value > 0 ? (
            <path
              key={s.name}
              className="chart-slice"
              d={arc(c, c, outer, inner, s.start, s.end)}
              fill={s.color}
              stroke={s.end - s.start >= Math.PI * 2 - 1e-6 ? 'none' : '#fff'}
              opacity={hover === null || hover === i ? 1 : 0.6}
              onMouseEnter={() => setHover(i)}
              onClick={() => setHover(i)}
            />
          ) : null,
        )}
        {hover !== null && slices[hover] && (
          <text x={c} y={c} dy="0.32em" textAnchor="middle" fontSize={13} fill={AXIS_TEXT}>
            {total ? `${Math.round((100 * slices[hover].value) / total)}%` : ''}
          </text>
        )}
      </svg>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 4, fontSize: 12 }}>
        {data.map((d, i) => (
          <span
            key={d.name}
            onMouseEnter={() => setHover(i)}
            onMouseLeave={() => setHover(null)}
            style={{ fontWeight: hover === i ? 600 : undefined }}
          >
            <Swatch color={d.color} /> {d.name} {d.value}
          </span>
        ))}
      </div>
    </div>
  );
}

function arc(cx: number, cy: number, r: number, r0: number, a0: number, a1: number): string {
  // A whole ring is two half arcs (an SVG arc cannot start and end at the same point).
  if (a1 - a0 >= Math.PI * 2 - 1e-6) {
    return `${arc(cx, cy, r, r0, a0, a0 + Math.PI)}${arc(cx, cy, r, r0, a0 + Math.PI, a1)}`;
  }
  const p = (rad: number, a: number) => `${cx + rad * Math.cos(a)},${cy + rad * Math.sin(a)}`;
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${p(r, a0)}A${r},${r} 0 ${large} 1 ${p(r, a1)}L${p(r0, a1)}A${r0},${r0} 0 ${large} 0 ${p(r0, a0)}Z`;
}

function Swatch({ color, line = false }: { color: string; line?: boolean }) {
  const style: CSSProperties = line
    ? { display: 'inline-block', width: 14, height: 2, background: color, verticalAlign: 'middle' }
    : { display: 'inline-block', width: 10, height: 10, background: color, verticalAlign: 'baseline' };
  return <span style={style} />;
}

function Legend({ items }: { items: { name: string; color: string; line?: boolean }[] }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'center', flexWrap: 'wrap', gap: 16, fontSize: 12, height: 24 }}>
      {items.map((i) => (
        <span key={i.name}>
          <Swatch color={i.color} line={i.line} /> {i.name}
        </span>
      ))}
    </div>
  );
}

/**
 * The values of the item pointed at, beside it on whichever side has room. The region stays in the page while empty
 * and is polite-live, so a screen reader reads each item as the arrow keys reach it.
 */
function ChartTooltip({ x, width, top, children }: { x: number; width: number; top: number; children: ReactNode }) {
  const onRight = x < width / 2;
  return (
    <div aria-live="polite">
      {children ? (
        <div
          role="tooltip"
          style={{
            position: 'absolute',
            top,
            ...(onRight ? { left: x + 12 } : { right: width - x + 12 }),
            width: 'max-content',
            maxWidth: Math.max(160, width / 2),
            background: '#fff',
            border: '1px solid #d9d9d9',
            borderRadius: 6,
            boxShadow: '0 3px 6px rgba(0,0,0,0.12)',
            padding: '6px 10px',
            fontSize: 12,
            lineHeight: 1.7,
            pointerEvents: 'none',
            zIndex: 1,
          }}
        >
          {children}
        </div>
      ) : null}
    </div>
  );
}
