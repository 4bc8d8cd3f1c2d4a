package ua.hromada.testing.jwt;

import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring Boot test against the shared {@link TestJwtIssuer}: sets {@code hromada.security.issuer-uri} to
 * it, so the service accepts exactly the tokens {@code TestJwtIssuer.shared()} signs. Combines with
 * {@code @WithEmbeddedMongo}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextCustomizerFactories(TestJwtIssuerContextCustomizerFactory.class)
public @interface WithTestJwtIssuer {
}
