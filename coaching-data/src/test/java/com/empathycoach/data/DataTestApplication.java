package com.empathycoach.data;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the persistence adapter alone, against the embedded MariaDB, for repository tests. */
@SpringBootApplication
public class DataTestApplication {
}
