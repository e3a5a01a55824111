package good.selfmanytomany;

import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("follow")
public record Follow(@ForeignKey(Person.class) Long followerId, @ForeignKey(Person.class) Long followedId) {}
