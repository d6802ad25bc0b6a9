package org.villagegov.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
public class MediationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MediationServiceApplication.class, args);
    }
}
