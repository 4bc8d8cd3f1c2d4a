package ua.hromada.awards;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AwardsServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AwardsServiceApplication.class, args);
    }
}
