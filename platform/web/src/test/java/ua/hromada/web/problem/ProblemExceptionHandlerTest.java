package ua.hromada.web.problem;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemExceptionHandlerTest {

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        ObjectMapper objectMapper = Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true).build();
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new ExampleController())
                .setControllerAdvice(new ProblemExceptionHandler(objectMapper))
                .setMessageConverters(new MappingJackson2HttpMessageConverter(objectMapper))
                .setValidator(validator)
                .build();
    }

    @Test
    void bodyValidationNamesEveryInvalidField() throws Exception {
        postJson("{\"name\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:hromada:problem:validation_failed"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.instance").value("/registrations"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'registeredOn')].message").value("must not be null"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("must not be null"));
    }

    @Test
    void impossibleDateNamesTheJsonField() throws Exception {
        postJson("{\"name\": \"Світанок\", \"kind\": \"ngo\", \"registeredOn\": \"2021-06-31\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid_value"))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("registeredOn"))
                .andExpect(jsonPath("$.errors[0].message", containsString("YYYY-MM-DD")))
                .andExpect(jsonPath("$.errors[0].message", containsString("2021-06-31")));
    }

    @Test
    void unknownEnumValueListsTheAcceptedValuesAsClientsWriteThem() throws Exception {
        postJson("{\"name\": \"Світанок\", \"kind\": \"club\", \"registeredOn\": \"2021-06-30\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_value"))
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of: party_cell, ngo (got \"club\")"));
    }

    @Test
    void valueOfTheWrongJsonTypeNamesTheNestedPath() throws Exception {
        postJson("{\"name\": \"Світанок\", \"kind\": \"ngo\", \"registeredOn\": \"2021-06-30\","
                + " \"members\": [{\"name\": \"Ірина\"}, {\"name\": {\"$gt\": \"\"}}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_value"))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].name"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a string"));
    }

    @Test
    void unknownFieldIsNamed() throws Exception {
        postJson("{\"name\": \"Світанок\", \"kind\": \"ngo\", \"registeredOn\": \"2021-06-30\", \"colour\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unknown_field"))
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
    }

    @Test
    void malformedJsonIsRejectedWithItsLocation() throws Exception {
        postJson("{\"name\": \"Світанок\",")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("malformed_json"))
                .andExpect(jsonPath("$.detail", containsString("line 1")))
                .andExpect(jsonPath("$.errors", hasSize(0)));
    }

    @Test
    void missingBodyIsRejected() throws Exception {
        mvc.perform(post("/registrations").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("missing_body"));
    }

    @Test
    void missingRequestParameterIsNamed() throws Exception {
        mvc.perform(get("/items"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("missing_parameter"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void unparsableRequestParameterIsNamed() throws Exception {
        mvc.perform(get("/items").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("invalid_value"))
                .andExpect(jsonPath("$.errors[0].field").value("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a number (got \"first\")"));
    }

    @Test
    void requestParameterOutOfRangeIsNamed() throws Exception {
        mvc.perform(get("/items").param("page", "0").param("size", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 100"));
    }

    @Test
    void missingHeaderIsNamed() throws Exception {
        mvc.perform(get("/headers"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("missing_header"))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void rejectionsMapToTheirStatusCodeAndField() throws Exception {
        expectRejection("invalid", 400, "name_required", "name");
        expectRejection("missing", 404, "organisation_not_found", "id");
        expectRejection("conflict", 409, "id_conflict", "id");
        expectRejection("rule", 422, "registered_in_future", "registeredOn");
    }

    @Test
    void rejectionWithoutFieldHasNoErrors() throws Exception {
        mvc.perform(get("/failures/rule-without-field"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("period_closed"))
                .andExpect(jsonPath("$.detail").value("the period is closed"))
                .andExpect(jsonPath("$.errors", hasSize(0)));
    }

    @Test
    void rejectionWrappedByAxonIsUnwrapped() throws Exception {
        mvc.perform(get("/failures/wrapped-rejection"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("id_conflict"))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void rejectionWrappedInACompletionExceptionIsUnwrapped() throws Exception {
        mvc.perform(get("/failures/async-rejection"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("organisation_not_found"));
    }

    @Test
    void rejectionFromAnotherJvmIsReadFromTheCommandExecutionDetails() throws Exception {
        mvc.perform(get("/failures/remote-rejection"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("registered_in_future"))
                .andExpect(jsonPath("$.errors[0].field").value("registeredOn"));
    }

    @Test
    void concurrencyConflictIs409() throws Exception {
        mvc.perform(get("/failures/concurrency"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent_modification"));
        mvc.perform(get("/failures/duplicate-creation"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent_modification"));
    }

    @Test
    void concurrencyConflictWrappedByAxonIsUnwrapped() throws Exception {
        mvc.perform(get("/failures/wrapped-concurrency"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent_modification"));
    }

    @Test
    void missingAggregateIs404() throws Exception {
        mvc.perform(get("/failures/aggregate-missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"))
                .andExpect(jsonPath("$.detail", containsString("org-17")))
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void unexpectedFailureIs500WithoutLeakingItsMessageOrStack() throws Exception {
        mvc.perform(get("/failures/unexpected"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("internal_error"))
                .andExpect(jsonPath("$.detail", startsWith("An unexpected error occurred. Reference: ")))
                .andExpect(content().string(not(containsString("s3cret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("ExampleController"))));
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        mvc.perform(get("/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("not_found"));
    }

    @Test
    void unsupportedMethodIs405Problem() throws Exception {
        mvc.perform(post("/items"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("method_not_allowed"));
    }

    @Test
    void problemIsServedEvenToAClientThatOnlyAcceptsPlainJson() throws Exception {
        mvc.perform(get("/failures/concurrency").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("concurrent_modification"));
    }

    private ResultActions postJson(String body) throws Exception {
        return mvc.perform(post("/registrations").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectRejection(String kind, int status, String code, String field) throws Exception {
        mvc.perform(get("/rejections/" + kind))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.type").value("urn:hromada:problem:" + code))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    enum Kind {
        PARTY_CELL, NGO;

        @JsonValue
        String value() {
            return name().toLowerCase();
        }
    }

    record Member(String name) {
    }

    record Registration(@NotBlank String name, @NotNull Kind kind, @NotNull LocalDate registeredOn,
                        List<Member> members) {
    }

    @RestController
    static class ExampleController {

        @PostMapping("/registrations")
        void register(@Valid @RequestBody Registration registration) {
        }

        @GetMapping("/items")
        List<String> items(@RequestParam int page,
                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
            return List.of();
        }

        @GetMapping("/headers")
        void headers(@RequestHeader("Idempotency-Key") String idempotencyKey) {
        }

        @GetMapping("/rejections/{kind}")
        void reject(@PathVariable String kind) {
            throw switch (kind) {
                case "invalid" -> new InvalidInputException("name_required", "name", "name must not be blank");
                case "missing" -> new NotFoundException("organisation_not_found", "id", "no such organisation");
                case "conflict" -> new ConflictException("id_conflict", "id", "id taken by other content");
                default -> new BusinessRuleViolationException("registered_in_future", "registeredOn",
                        "registeredOn must not be in the future");
            };
        }

        @GetMapping("/failures/rule-without-field")
        void ruleWithoutField() {
            throw new BusinessRuleViolationException("period_closed", null, "the period is closed");
        }

        @GetMapping("/failures/wrapped-rejection")
        void wrappedRejection() {
            throw new CommandExecutionException("handler failed",
                    new ConflictException("id_conflict", "id", "id taken by other content"));
        }

        @GetMapping("/failures/async-rejection")
        void asyncRejection() {
            throw new CompletionException(new NotFoundException("organisation_not_found", "id", "no such organisation"));
        }

        @GetMapping("/failures/remote-rejection")
        void remoteRejection() {
            throw new CommandExecutionException("handled elsewhere", null, new Rejection(
                    RejectionKind.BUSINESS_RULE, "registered_in_future", "registeredOn", "must not be in the future"));
        }

        @GetMapping("/failures/concurrency")
        void concurrency() {
            throw new ConcurrencyException("sequence 3 of org-17 already exists");
        }

        @GetMapping("/failures/duplicate-creation")
        void duplicateCreation() {
            throw new AggregateStreamCreationException("org-17 already exists");
        }

        @GetMapping("/failures/wrapped-concurrency")
        void wrappedConcurrency() {
            throw new CommandExecutionException("commit failed", new ConcurrencyException("sequence taken"));
        }

        @GetMapping("/failures/aggregate-missing")
        void aggregateMissing() {
            throw new AggregateNotFoundException("org-17", "The aggregate was not found in the event store");
        }

        @GetMapping("/failures/unexpected")
        void unexpected() {
            throw new IllegalStateException("cannot reach mongodb://admin:s3cret@db:27017");
        }
    }
}
