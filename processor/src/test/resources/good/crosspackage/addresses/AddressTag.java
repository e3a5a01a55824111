package good.crosspackage.addresses;

import good.crosspackage.tags.Tag;
import org.relata.AssociationTable;
import org.relata.ForeignKey;

@AssociationTable("address_tag")
public record AddressTag(@ForeignKey(Address.class) Long addressId, @ForeignKey(Tag.class) Long tagId) {}
