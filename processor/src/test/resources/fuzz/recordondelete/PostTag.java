package fuzz.recordondelete;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.OnDelete;

/** Found by the processor fuzzer: ecj lost the second key's annotation, which names onDelete. */
@AssociationTable
public record PostTag(
    @ForeignKey(Post.class) Long postId,
    @ForeignKey(value = Tag.class, onDelete = OnDelete.CASCADE) Long tagId) {}
