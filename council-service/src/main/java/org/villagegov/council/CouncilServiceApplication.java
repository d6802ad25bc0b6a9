package org.villagegov.council;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
public class CouncilServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CouncilServiceApplication.class, args);
    }
}
