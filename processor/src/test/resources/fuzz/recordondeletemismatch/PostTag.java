package fuzz.recordondeletemismatch;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.OnDelete;

@AssociationTable
public record PostTag(
    @ForeignKey(Post.class) Long postId,
    @ForeignKey(value = Tag.class, onDelete = OnDelete.CASCADE) String tagId) {}
