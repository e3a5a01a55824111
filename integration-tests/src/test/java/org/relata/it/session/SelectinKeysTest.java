package org.relata.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.relata.it.model.loading.keys.City;
import org.relata.it.model.loading.keys.Country;
import org.relata.it.model.loading.keys.District;
import org.relata.runtime.Session;

/**
 * The key lists of {@code SELECTIN} batch loads, for String, UUID and numeric keys, as each
 * database receives them: on PostgreSQL one array parameter, on H2 numeric and UUID keys as
 * literals and String keys as one array parameter, never one value per key as text.
 */
class SelectinKeysTest {
  private static final int COUNTRIES = 30;
  private static final int CITIES = 4;
  private static final int DISTRICTS = 3;

  @ParameterizedTest
  @EnumSource(Backend.class)
  void stringUuidAndNumericKeysLoadInOneStatementPerLevel(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Country.class, City.class, District.class)) {
      seed(db);
      db.log.reset();
      try (Session s = db.open()) {
        List<Country> countries = s.query(Country.class).list();
        assertEquals(COUNTRIES, countries.size());
        // The countries, their cities by country code, the cities' districts by city UUID.
        assertEquals(List.of("SELECT", "SELECT", "SELECT"), db.log.kinds(), db.log.toString());
        String byCode = db.log.statements().get(1);
        String byUuid = db.log.statements().get(2);
        if (backend == Backend.POSTGRES) {
          assertTrue(
              byCode.contains("\"city\".\"country_code\" = any (cast(? as varchar[]))"), byCode);
          assertTrue(byUuid.contains("\"district\".\"city_id\" = any (cast(? as uuid[]))"), byUuid);
        } else {
          assertTrue(byCode.contains("\"city\".\"country_code\" = any(?)"), byCode);
          assertTrue(byUuid.contains("\"district\".\"city_id\" in ('"), byUuid);
        }
        for (Country c : countries) {
          List<String> names = new ArrayList<>();
          for (City city : c.getCities()) {
            assertSame(c, city.getCountry(), "the reverse is the owner");
            names.add(city.name());
            List<String> districts = new ArrayList<>();
            for (District d : city.getDistricts()) {
              assertSame(city, d.getCity());
              districts.add(d.name());
            }
            assertEquals(
                List.of(city.name() + "/d0", city.name() + "/d1", city.name() + "/d2"), districts);
          }
          assertEquals(
              List.of(c.name() + "-c0", c.name() + "-c1", c.name() + "-c2", c.name() + "-c3"),
              names);
        }
        assertEquals(3, db.log.kinds().size(), "nothing loaded lazily: " + db.log);
        LoadingStrategiesTest.assertFlushWritesNothing(db, s);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void manyToOneByStringKeyReadsOnlyTheMissingTargets(Backend backend) {
    try (TestDatabase db = new TestDatabase(backend, Country.class, City.class, District.class)) {
      seed(db);
      db.log.reset();
      try (Session s = db.open()) {
        Country known = s.get(Country.class, "K00");
        int before = db.log.kinds().size();
        List<City> cities = s.query(City.class).list();
        assertEquals(COUNTRIES * CITIES, cities.size());
        String countries = db.log.statements().get(before + 1);
        assertTrue(countries.contains("\"country\".\"code\""), countries);
        for (City c : cities) {
          assertTrue(c.name().startsWith(c.getCountry().name()), c.name());
          if (c.getCountry().name().equals("country 00")) {
            assertSame(known, c.getCountry(), "the one the identity map held");
          }
        }
        LoadingStrategiesTest.assertFlushWritesNothing(db, s);
      }
    }
  }

  private static void seed(TestDatabase db) {
    try (Session s = db.open()) {
      for (int i = 0; i < COUNTRIES; i++) {
        Country c = new Country(String.format("K%02d", i), String.format("country %02d", i));
        for (int j = CITIES - 1; j >= 0; j--) {
          City city = new City(UUID.randomUUID(), c.name() + "-c" + j);
          for (int k = DISTRICTS - 1; k >= 0; k--) {
            city.getDistricts().add(new District(city.name() + "/d" + k));
          }
          c.getCities().add(city);
        }
        s.add(c);
      }
      s.commit();
    }
  }
}
