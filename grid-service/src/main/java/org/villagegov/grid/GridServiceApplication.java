package org.villagegov.grid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

@SpringBootApplication
@EnableFeignClients
public class GridServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridServiceApplication.class, args);
    }
}
