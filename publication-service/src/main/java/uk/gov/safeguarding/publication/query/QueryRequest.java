package uk.gov.safeguarding.publication.query;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A query over one version of a data set. Every filter is optional; filters of different kinds
 * combine with AND, values of one filter with OR.
 */
@Schema(name = "QueryRequest")
public record QueryRequest(
    @Size(max = 200) @Schema(description = "Indicator ids, e.g. referral-rate") List<@Size(max = 80) String> indicators,
    @Size(max = 500) @Schema(description = "Areas by GSS code (LA, region, E92000001) or old three-digit LA code") List<@Size(max = 12) String> areas,
    @Size(max = 20) @Schema(description = "Region GSS codes: the region and its local authorities") List<@Size(max = 12) String> regions,
    @Size(max = 3) @Schema(description = "National, Regional or Local authority") List<@Size(max = 20) String> geographicLevels,
    @Size(max = 50) @Schema(description = "Exact periods, e.g. 2024-25") List<@Size(max = 10) String> periods,
    @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(description = "First period, inclusive") String periodFrom,
    @Pattern(regexp = "\\d{4}-\\d{2}") @Schema(description = "Last period, inclusive") String periodTo,
    @Size(max = 5) @Schema(description = "Sort keys, e.g. timePeriod:desc, value:asc; fields timePeriod, areaCode, areaName, indicatorId, geographicLevel, value") List<@Size(max = 40) String> sort,
    @Min(1) @Schema(description = "Page, from 1") Integer page,
    @Min(1) @Max(10000) @Schema(description = "Results per page, at most 10000") Integer pageSize,
    @Size(max = 20) @Schema(description = "Version: exact (1.2.0), wildcard (2.*, 2.1.*) or latest") String version) {}
