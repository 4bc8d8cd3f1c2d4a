package ua.hromada.testing.jwt;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.util.List;

/**
 * Registered by {@link WithTestJwtIssuer} (a context customizer rather than an initializer, so it combines with
 * other annotations that bring their own context configuration).
 */
public class TestJwtIssuerContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new IssuerProperty();
    }

    /** A record, so equal customizers let test classes share one cached context. */
    record IssuerProperty() implements ContextCustomizer {

        static final String ISSUER_URI_PROPERTY = "hromada.security.issuer-uri";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of(ISSUER_URI_PROPERTY + "=" + TestJwtIssuer.shared().issuerUri()).applyTo(context);
        }
    }
}
