package ua.hromada.testing;

import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a Spring Boot test against the shared in-process MongoDB-compatible server, in a database of its own. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
public @interface WithEmbeddedMongo {
}
