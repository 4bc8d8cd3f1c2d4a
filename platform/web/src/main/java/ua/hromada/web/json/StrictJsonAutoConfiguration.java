package ua.hromada.web.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Makes request bodies with fields the API does not know fail (400 {@code unknown_field}) instead of silently
 * dropping them, so a misspelt optional field never goes unnoticed.
 * <p>
 * Only the MVC converters get the strict mapper: the application's {@code ObjectMapper} also (de)serialises
 * stored events, which must keep reading old events whose fields were later removed.
 * Switch off with {@code hromada.web.reject-unknown-fields=false}.
 */
@AutoConfiguration(after = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(DispatcherServlet.class)
@ConditionalOnProperty(name = "hromada.web.reject-unknown-fields", havingValue = "true", matchIfMissing = true)
public class StrictJsonAutoConfiguration {

    @Bean
    public WebMvcConfigurer strictJsonRequestBodies() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                for (int i = 0; i < converters.size(); i++) {
                    // Replaced rather than reconfigured: the converter instance is shared with HTTP clients.
                    if (converters.get(i).getClass() == MappingJackson2HttpMessageConverter.class) {
                        MappingJackson2HttpMessageConverter lenient =
                                (MappingJackson2HttpMessageConverter) converters.get(i);
                        converters.set(i, new MappingJackson2HttpMessageConverter(lenient.getObjectMapper().copy()
                                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)));
                    }
                }
            }
        };
    }
}
