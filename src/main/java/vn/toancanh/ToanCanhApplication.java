package vn.toancanh;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/** Toàn Cảnh: the data hub and integrated operations centre. Modules are the packages below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@Modulithic(sharedModules = "shared")
public class ToanCanhApplication {

    public static void main(String[] args) {
        SpringApplication.run(ToanCanhApplication.class, args);
    }
}
