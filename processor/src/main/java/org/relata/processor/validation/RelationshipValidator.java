package org.relata.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;
import org.relata.processor.diagnostics.Location;
import org.relata.processor.diagnostics.Message;
import org.relata.processor.model.EntityModel;
import org.relata.processor.model.Model;
import org.relata.processor.model.RelationshipModel;

/**
 * Checks each declared relationship field: that it is reachable by generated code and holds an
 * entity or a supported collection of one. Its join is left to {@link JoinValidator}, which only
 * sees the fields that pass here.
 */
final class RelationshipValidator {
  private static final Set<String> COLLECTIONS =
      Set.of("java.util.List", "java.util.Set", "java.util.Collection");

  private final Model model;
  private final Types types;
  private final ValidationReport.Builder report = ValidationReport.builder();

  private RelationshipValidator(Model model, ProcessingEnvironment env) {
    this.model = model;
    this.types = env.getTypeUtils();
  }

  static ValidationReport validate(Model model, ProcessingEnvironment env) {
    RelationshipValidator v = new RelationshipValidator(model, env);
    for (EntityModel e : model.entities()) {
      if (e.inCompilation()) {
        for (RelationshipModel r : e.relationships()) {
          v.validate(e, r);
        }
      }
    }
    return v.report.build();
  }

  private void validate(EntityModel owner, RelationshipModel r) {
    Set<Modifier> modifiers = r.field().getModifiers();
    if (modifiers.contains(Modifier.PRIVATE)) {
      report.add(
          Message.RELATIONSHIP_PRIVATE,
          Location.of(r.field()),
          Sites.member(r),
          owner.relationsName());
    }
    if (modifiers.contains(Modifier.STATIC)) {
      report.add(Message.RELATIONSHIP_STATIC, Location.of(r.field()), Sites.member(r));
    } else if (modifiers.contains(Modifier.FINAL)) {
      report.add(Message.FIELD_FINAL, Location.of(r.field()), Sites.member(r));
    }
    if (hasErrorType(r.field().asType())) {
      return; // the compiler reports the unknown class; a guess here would only add noise
    }
    if (!isSupported(r)) {
      report.add(
          Message.UNSUPPORTED_TYPE, Location.of(r.field()), Sites.member(r), r.field().asType());
      return;
    }
    if (model.entity(r.targetName()) == null) {
      String target = r.targetName();
      report.add(Message.TARGET_NOT_ENTITY, Sites.annotation(r), Sites.member(r), target, target);
      return;
    }
    JoinValidator.validate(model, r, report);
  }

  /**
   * Whether the field is an entity-shaped reference: a declared class that is no collection or map,
   * or exactly a {@code List}, {@code Set} or {@code Collection} of a declared class.
   */
  private boolean isSupported(RelationshipModel r) {
    TypeMirror type = r.field().asType();
    if (type.getKind() != TypeKind.DECLARED) {
      return false; // arrays, primitives and type variables
    }
    String erasure = ((TypeElement) types.asElement(type)).getQualifiedName().toString();
    if (COLLECTIONS.contains(erasure)) {
      return r.targetType() != null && r.targetType().getKind() == TypeKind.DECLARED;
    }
    return !isContainer(type);
  }

  /**
   * Whether {@code type} is some other collection, a map or an iterable. It walks the supertypes by
   * name instead of asking {@link Types#isAssignable}: javac remembers a subtype check made on a
   * class whose generated superclass does not exist yet, and then rejects the generated code that
   * casts to that class in the next round.
   */
  private static boolean isContainer(TypeMirror type) {
    if (!(type instanceof DeclaredType declared)
        || !(declared.asElement() instanceof TypeElement element)) {
      return false;
    }
    String name = element.getQualifiedName().toString();
    if (name.equals("java.lang.Iterable") || name.equals("java.util.Map")) {
      return true;
    }
    for (TypeMirror parent : element.getInterfaces()) {
      if (isContainer(parent)) {
        return true;
      }
    }
    return isContainer(element.getSuperclass());
  }

  private static boolean hasErrorType(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type instanceof DeclaredType declared) {
      List<TypeMirror> args = new ArrayList<>(declared.getTypeArguments());
      return args.stream().anyMatch(RelationshipValidator::hasErrorType);
    }
    return false;
  }
}
