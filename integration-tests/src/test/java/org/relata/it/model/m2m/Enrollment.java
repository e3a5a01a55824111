package org.relata.it.model.m2m;

import org.relata.AssociationTable;
import org.relata.ForeignKey;
import org.relata.OnDelete;

/** The link table between students and courses. */
@AssociationTable
public record Enrollment(
    @ForeignKey(value = Student.class, onDelete = OnDelete.CASCADE) Long studentId,
    @ForeignKey(value = Course.class, onDelete = OnDelete.CASCADE) Long courseId) {}
