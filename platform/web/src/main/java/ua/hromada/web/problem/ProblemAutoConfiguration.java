package ua.hromada.web.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/** Gives every servlet service the shared problem+json error model without any configuration of its own. */
@AutoConfiguration(after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
public class ProblemAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public ProblemExceptionHandler problemExceptionHandler(ObjectProvider<ObjectMapper> objectMapper) {
        return new ProblemExceptionHandler(objectMapper.getIfAvailable(ObjectMapper::new));
    }
}
