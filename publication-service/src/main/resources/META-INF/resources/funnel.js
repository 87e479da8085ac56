// Funnel plots (Spiegelhalter 2005): each LA's published value against the size of its
// denominator, with England's value as the target and normal-approximation binomial control
// limits p ± z·sqrt(p(1-p)/n) at 95% (z 1.96) and 99.8% (z 3.09). Pure functions, no DOM.
(function (global) {
  'use strict';
  const Z95 = 1.959964; const Z998 = 3.090232;

  /** Multiplier from a proportion to the published unit, or null when the unit is not a proportion or rate. */
  function scaleOf(unit) {
    const u = (unit || '').toLowerCase();
    if (u.indexOf('percent') >= 0 || u.indexOf('%') >= 0) { return 100; }
    const per = u.match(/per ([\d,]+)/);
    if (per) { return Number(per[1].replace(/,/g, '')); }
    return null;
  }

  function published(r) { return r.value !== null && r.value !== undefined && r.denominator !== null && r.denominator !== undefined && r.denominator > 0; }

  /** Limits for denominator n around proportion p, clamped to what the unit allows. */
  function limits(p, n, z, scale) {
    const half = z * Math.sqrt(Math.max(p * (1 - p), 0) / n);
    return { lower: scale * Math.max(0, p - half), upper: scale * Math.min(1, p + half) };
  }

  /**
   * The funnel of one indicator for one period, or why there is none.
   * rows: the indicator's National and Local authority rows (any periods).
   * Returns { available: false, reason } or { available: true, period, scale, england, las: [...], limit(n, z) }.
   */
  function funnel(indicator, rows, period) {
    const scale = scaleOf(indicator.unit);
    if (scale === null) {
      return { available: false, reason: 'a funnel plot compares proportions or rates with the size of their denominators, and ' + indicator.title + ' is measured as ' + (indicator.unit || 'a number') + '.' };
    }
    const inPeriod = rows.filter((r) => r.timePeriod === period);
    const england = inPeriod.find((r) => r.geographicLevel === 'National');
    const laRows = inPeriod.filter((r) => r.geographicLevel === 'Local authority');
    const las = laRows.filter(published);
    if (!laRows.length) {
      return { available: false, reason: 'no local authority values are published for this period.' };
    }
    if (!las.length) {
      const withValues = laRows.filter((r) => r.value !== null && r.value !== undefined).length;
      return { available: false, reason: withValues
        ? 'the values for this period are published without numerators and denominators (as in the historical series from DfE published statistics), so control limits cannot be drawn.'
        : 'every local authority value for this period is suppressed or unavailable.' };
    }
    if (!england || england.value === null || england.value === undefined) {
      return { available: false, reason: 'there is no published England value to compare with for this period.' };
    }
    const p = england.value / scale;
    return {
      available: true, period, scale, england: england.value, las,
      limit: (n, z) => limits(p, n, z, scale),
    };
  }

  /** Where a value with denominator n falls: within 95%, between 95% and 99.8%, or outside 99.8%, above or below. */
  function classify(f, value, n) {
    const l95 = f.limit(n, Z95); const l998 = f.limit(n, Z998);
    const side = value > f.england ? 'above' : 'below';
    if (value >= l95.lower && value <= l95.upper) { return { text: 'within the 95% limits', l95, l998 }; }
    if (value >= l998.lower && value <= l998.upper) { return { text: side + ' the 95% limits, within the 99.8% limits', l95, l998 }; }
    return { text: side + ' the 99.8% limits', l95, l998 };
  }

  /** The latest period of rows for which a funnel is available, else the latest period. */
  function defaultPeriod(indicator, rows) {
    const periods = Array.from(new Set(rows.map((r) => r.timePeriod))).sort().reverse();
    return periods.find((p) => funnel(indicator, rows, p).available) || periods[0];
  }

  global.Funnel = { funnel, classify, defaultPeriod, scaleOf, Z95, Z998 };
})(window);
