package uk.gov.safeguarding.evidence.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A sub-part or follow-up of a question.
 *
 * @param key this platform's stable key within the question, cited by evidence ("a", "1", "f1")
 * @param marker the label as published, e.g. "(a)", "a)", "1)" or "-" for a bullet
 * @param group for questions with two lists of parts (e.g. agencies and what they know)
 * @param text the wording, verbatim
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "QuestionClause")
public record Clause(
    @NotBlank @Pattern(regexp = "^[a-z0-9]{1,8}$", message = "must be 1-8 lower-case letters or digits") String key,
    @Size(max = 8) String marker,
    @Size(max = 40) String group,
    @NotBlank @Size(max = 2000) String text) {}
