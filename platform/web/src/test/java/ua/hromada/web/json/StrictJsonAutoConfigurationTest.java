package ua.hromada.web.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ua.hromada.web.problem.ProblemAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StrictJsonAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class, WebMvcAutoConfiguration.class,
                    ProblemAutoConfiguration.class, StrictJsonAutoConfiguration.class))
            .withUserConfiguration(EchoController.class);

    @Test
    void requestBodyWithAnUnknownFieldIsRejectedNamingIt() {
        runner.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"nmae\":\"b\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("unknown_field"))
                    .andExpect(jsonPath("$.errors[0].field").value("nmae"));
            mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("a"));
        });
    }

    @Test
    void theApplicationsObjectMapperStaysLenientForStoredMessages() {
        runner.run(context -> assertThat(context.getBean(ObjectMapper.class)
                .isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse());
    }

    @Test
    void canBeSwitchedOff() {
        runner.withPropertyValues("hromada.web.reject-unknown-fields=false").run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

            mvc.perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"a\",\"nmae\":\"b\"}"))
                    .andExpect(status().isOk());
        });
    }

    record Named(String name) {
    }

    @RestController
    static class EchoController {

        @PostMapping("/echo")
        Named echo(@RequestBody Named named) {
            return named;
        }
    }
}
