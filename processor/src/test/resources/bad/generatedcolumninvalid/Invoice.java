package bad.generatedcolumninvalid;

import org.relata.Column;
import org.relata.Entity;
import org.relata.ForeignKey;
import org.relata.Id;

@Entity
public class Invoice {
  @Id
  @Column(generated = true)
  Long id;

  @ForeignKey(Invoice.class)
  @Column(value = "parent", generated = true)
  Long parentId;

  @Column(value = "created_at", generated = true)
  java.time.LocalDateTime createdAt;
}
