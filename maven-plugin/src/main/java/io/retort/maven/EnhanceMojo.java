package io.retort.maven;

import java.io.File;
import java.io.IOException;

import io.retort.orm.enhance.Enhancer;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code retort:enhance}: adds Retort's bookkeeping field to the mapped classes of a module after
 * compilation (see {@link Enhancer}). Optional; a long stream through a session then runs with
 * far less garbage-collection work.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>io.retort</groupId>
 *   <artifactId>retort-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions><execution><goals><goal>enhance</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 * Mapped classes in test sources: a second execution in phase {@code process-test-classes} with
 * {@code <classesDirectory>${project.build.testOutputDirectory}</classesDirectory>}.
 */
@Mojo(name = "enhance", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class EnhanceMojo extends AbstractMojo {

    /** The compiled classes to enhance in place. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Leaves the classes as compiled. */
    @Parameter(property = "retort.enhance.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Retort enhancement skipped (retort.enhance.skip)");
            return;
        }
        if (!classesDirectory.isDirectory()) {
            getLog().info("No compiled classes in " + classesDirectory + ": nothing to enhance");
            return;
        }
        try {
            int enhanced = Enhancer.enhance(classesDirectory.toPath());
            getLog().info("Retort enhanced " + enhanced + " mapped classes in " + classesDirectory);
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("Retort could not enhance the classes in " + classesDirectory + ": "
                    + e.getMessage() + " (rebuild with mvn clean, or skip with -Dretort.enhance.skip)", e);
        }
    }
}
