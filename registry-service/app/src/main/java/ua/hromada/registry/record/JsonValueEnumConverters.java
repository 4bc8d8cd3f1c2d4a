package ua.hromada.registry.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads enum request parameters ({@code ?kind=party_cell}, {@code ?status=liquidated}) the way JSON bodies write
 * them, through the application's mapper, so one rule covers every register's kinds and statuses. An unknown value
 * fails conversion and is answered 400 naming the parameter and the accepted values.
 */
@Configuration(proxyBeanMethods = false)
class JsonValueEnumConverters implements WebMvcConfigurer {

    private final ObjectMapper json;

    JsonValueEnumConverters(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new ConverterFactory<String, Enum<?>>() {
            @Override
            @SuppressWarnings({"unchecked", "rawtypes"})
            public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
                return value -> (T) json.convertValue(value, (Class) targetType);
            }
        });
    }
}
