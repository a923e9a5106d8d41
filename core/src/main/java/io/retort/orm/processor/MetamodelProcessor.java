package io.retort.orm.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates {@code User_} beside every {@code @Table} class {@code User}: one
 * {@code ColumnAttribute} per column field and one {@code RelationshipAttribute} per relationship
 * field. Mapping mistakes it can see at compile time are compiler errors on the field.
 *
 * <pre>{@code
 * // generated
 * public final class User_ {
 *     public static final ColumnAttribute<User, String> name = ColumnAttribute.of(User.class, "name", String.class);
 * }
 * }</pre>
 */
@SupportedAnnotationTypes("io.retort.orm.Table")
public final class MetamodelProcessor extends AbstractProcessor {

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof TypeElement type) {
                    generate(type);
                }
            }
        }
        return false;
    }

    private void generate(TypeElement type) {
        EntityModel model = EntityModel.read(type, processingEnv);
        for (EntityModel.Problem problem : model.problems()) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
        }
        if (!model.problems().isEmpty()) {
            return;
        }
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(model.qualifiedMetamodelName(), type);
            try (Writer writer = file.openWriter()) {
                writer.write(MetamodelSource.render(model));
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "Could not write the metamodel " + model.qualifiedMetamodelName() + ": " + e.getMessage(), type);
        }
    }

}
