package bad.secondarymismatchscalar;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable
public record Authorship(@ForeignKey(Author.class) Long authorId, @ForeignKey(Book.class) Long bookId) {}
