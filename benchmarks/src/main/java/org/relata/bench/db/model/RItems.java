package org.relata.bench.db.model;

import jakarta.data.repository.Find;
import jakarta.data.repository.OrderBy;
import jakarta.data.repository.Repository;
import java.util.List;

/** The items as a Jakarta Data repository; Relata generates {@code RItems_}. */
@Repository
public interface RItems {
  @Find
  @OrderBy("id")
  List<RItemSelect> byOwnerId(Long ownerId);
}
