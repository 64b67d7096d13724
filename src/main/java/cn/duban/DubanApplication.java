package cn.duban;

import cn.duban.system.CommandLineModes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DubanApplication {

    /** Runs the server, or one command-line mode ({@code import}, {@code simulate}, {@code extract}, {@code export}, {@code verify}) and exits. */
    public static void main(String[] args) {
        if (CommandLineModes.isMode(args)) {
            System.exit(CommandLineModes.run(args));
        }
        SpringApplication.run(DubanApplication.class, args);
    }
}
