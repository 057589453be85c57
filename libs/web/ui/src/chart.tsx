import type { ReactNode } from 'react';
import { TableWrap } from './layout';

export type ChartTone = 'primary' | 'accent' | 'success' | 'muted';

export interface ChartDatum {
  /** what the bar stands for (a tier, a month…) */
  label: string;
  /** the size of the bar; only its ratio to the largest value matters */
  value: number;
  /** the value as people read it (a formatted amount, a count…) */
  display: string;
  tone?: ChartTone;
}

export interface ChartProps {
  /** a unique id on the page (for the caption) */
  id: string;
  title: ReactNode;
  /** the text alternative: one or two sentences saying what the chart shows */
  summary: ReactNode;
  data: readonly ChartDatum[];
  /** the headers of the data table that goes with the chart */
  labelHeader: string;
  valueHeader: string;
  /** the label of the disclosure that shows the data table */
  tableLabel: string;
}

const percent = (value: number, max: number) => (max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0);

/**
 * The chart's text alternative: a visible summary and the same data as a table
 * (behind a disclosure). The drawing itself is hidden from assistive technologies.
 */
function ChartText({ id, summary, data, labelHeader, valueHeader, tableLabel, title }: ChartProps) {
  return (
    <>
      <p className="cg-chart__summary" id={`${id}-summary`}>
        {summary}
      </p>
      <details className="cg-details cg-chart__data">
        <summary>{tableLabel}</summary>
        <TableWrap label={tableLabel}>
          <table className="cg-table">
            <caption className="cg-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="cg-num">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((d, i) => (
                <tr key={`${d.label}-${i}`}>
                  <th scope="row">{d.label}</th>
                  <td className="cg-num">{d.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </>
  );
}

/** Horizontal bars, one per item, labelled with their values. */
export function BarChart(props: ChartProps) {
  const { id, title, data } = props;
  const max = Math.max(0, ...data.map((d) => d.value));
  return (
    <figure className="cg-chart">
      <figcaption id={`${id}-title`} className="cg-chart__title">
        {title}
      </figcaption>
      <div className="cg-chart__bars" aria-hidden="true">
        {data.map((d, i) => (
          <div className="cg-chart__row" key={`${d.label}-${i}`}>
            <span className="cg-chart__label">{d.label}</span>
            <span className="cg-chart__track">
              <span className={`cg-chart__bar cg-chart__bar--${d.tone ?? 'primary'}`} style={{ width: `${percent(d.value, max)}%` }} />
            </span>
            <span className="cg-chart__value">{d.display}</span>
          </div>
        ))}
      </div>
      <ChartText {...props} />
    </figure>
  );
}

/** Vertical columns in order (e.g. months), labelled underneath, values on top. */
export function ColumnChart(props: ChartProps) {
  const { id, title, data } = props;
  const max = Math.max(0, ...data.map((d) => d.value));
  return (
    <figure className="cg-chart">
      <figcaption id={`${id}-title`} className="cg-chart__title">
        {title}
      </figcaption>
      <div className="cg-chart__columns" aria-hidden="true">
        {data.map((d, i) => (
          <div className="cg-chart__column" key={`${d.label}-${i}`}>
            <span className="cg-chart__column-value">{d.value > 0 ? d.display : ''}</span>
            <span className="cg-chart__column-track">
              <span className={`cg-chart__column-bar cg-chart__bar--${d.tone ?? 'primary'}`} style={{ height: `${percent(d.value, max)}%` }} />
            </span>
            <span className="cg-chart__column-label">{d.label}</span>
          </div>
        ))}
      </div>
      <ChartText {...props} />
    </figure>
  );
}
