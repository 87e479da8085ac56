/** Pure-Java statistics for indicators: confidence intervals, comparisons, distributions. */
package uk.gov.safeguarding.statistics;
