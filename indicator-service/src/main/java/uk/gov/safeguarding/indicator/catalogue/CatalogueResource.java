package uk.gov.safeguarding.indicator.catalogue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** The public indicator catalogue. */
@Path("/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "The framework's national items and the regional benchmarking set")
public class CatalogueResource {

  /** The catalogue listing. */
  public record CatalogueView(List<Theme> themes, List<IndicatorSpec> indicators) {}

  /** One national item of the framework with the catalogue indicators that measure it. */
  @Schema(name = "FrameworkItem")
  public record FrameworkItemView(String id, int number, String title, String theme, String rationale, String source,
      String unit, String polarity, String status, String statusReason, List<String> indicators) {
    static FrameworkItemView of(FrameworkItem item, List<IndicatorSpec> indicators) {
      return new FrameworkItemView(item.id(), item.number(), item.title(), item.theme(), item.rationale(), item.source(),
          item.unit(), item.polarity(), item.status(), item.statusReason(), indicators.stream().map(IndicatorSpec::id).toList());
    }
  }

  @GET
  @Operation(summary = "List every catalogue indicator with its definition and collection status, or those of one framework item")
  @APIResponse(responseCode = "200", description = "The catalogue", content = @Content(schema = @Schema(implementation = CatalogueView.class)))
  @APIResponse(responseCode = "400", description = "frameworkItem is not one of N1-N27 (problem+json with the field path and rule)")
  public CatalogueView list(
      @Parameter(description = "A national item of the framework, N1-N27: only the indicators that measure it", example = "N12")
      @QueryParam("frameworkItem") String frameworkItem) {
    Catalogue catalogue = Catalogue.standard();
    if (frameworkItem == null || frameworkItem.isBlank()) {
      return new CatalogueView(catalogue.themes(), catalogue.all());
    }
    FrameworkItem item = catalogue.frameworkItem(frameworkItem)
        .orElseThrow(() -> ProblemException.validation("frameworkItem", "FrameworkItemKnown",
            "The framework's national items are N1 to N" + catalogue.frameworkItems().size()));
    return new CatalogueView(catalogue.themes(), catalogue.indicatorsOf(item.id()));
  }

  @GET
  @Path("/framework-items")
  @Operation(summary = "The framework's national items N1-N27: rationale, source, unit, polarity, theme, collection status and the indicators that measure each")
  @APIResponse(responseCode = "200", description = "The items in number order",
      content = @Content(schema = @Schema(implementation = FrameworkItemView.class, type = SchemaType.ARRAY)))
  public List<FrameworkItemView> frameworkItems() {
    Catalogue catalogue = Catalogue.standard();
    return catalogue.frameworkItems().stream().map(i -> FrameworkItemView.of(i, catalogue.indicatorsOf(i.id()))).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One catalogue indicator")
  @APIResponse(responseCode = "200", description = "The indicator", content = @Content(schema = @Schema(implementation = IndicatorSpec.class)))
  @APIResponse(responseCode = "404", description = "No indicator with this id")
  public IndicatorSpec get(@PathParam("id") String id) {
    return Catalogue.standard().find(id).orElseThrow(() -> ProblemException.notFound("No indicator with this id"));
  }
}
