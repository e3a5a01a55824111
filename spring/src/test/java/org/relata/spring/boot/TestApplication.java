package org.relata.spring.boot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the Spring tests start: Boot's jOOQ starter, its data source and Relata's. */
@SpringBootApplication
public class TestApplication {}
