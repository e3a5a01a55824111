package bad.entitynotaclass;

import org.relata.Entity;
import org.relata.Id;

@Entity
public record Tag(@Id Long id, String label) {}
