package ua.hromada.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemAutoConfigurationTest {

    private final AutoConfigurations problems = AutoConfigurations.of(ProblemAutoConfiguration.class);

    @Test
    void isRegisteredAsAnAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(ProblemAutoConfiguration.class.getName());
    }

    @Test
    void servletApplicationsGetTheProblemHandler() {
        new WebApplicationContextRunner().withConfiguration(problems)
                .run(context -> assertThat(context).hasSingleBean(ProblemExceptionHandler.class));
    }

    @Test
    void nonWebApplicationsDoNot() {
        new ApplicationContextRunner().withConfiguration(problems)
                .run(context -> assertThat(context).doesNotHaveBean(ProblemExceptionHandler.class));
    }

    @Test
    void aServiceMayReplaceIt() {
        new WebApplicationContextRunner().withConfiguration(problems)
                .withUserConfiguration(OwnHandler.class)
                .run(context -> assertThat(context).getBean(ProblemExceptionHandler.class)
                        .isSameAs(context.getBean("ownProblemHandler")));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnHandler {

        @Bean
        ProblemExceptionHandler ownProblemHandler() {
            return new ProblemExceptionHandler(new ObjectMapper());
        }
    }
}
