package io.retort.suite;

import java.util.ArrayList;
import java.util.List;

import io.retort.Engine;
import io.retort.model.RelAuthor;
import io.retort.model.RelBook;
import io.retort.model.RelCarrier;
import io.retort.model.RelCity;
import io.retort.model.RelEmployee;
import io.retort.model.RelOrder;
import io.retort.model.RelOrderLine;
import io.retort.model.RelPassport;
import io.retort.model.RelPerson;
import io.retort.model.RelState;
import io.retort.model.RelTag;
import io.retort.orm.Metadata;

import reactor.test.StepVerifier;

/** The relationship suites' model and object graphs. */
final class RelFixtures {

    static final Metadata METADATA = Metadata.of(RelAuthor.class, RelBook.class, RelTag.class, RelEmployee.class,
            RelState.class, RelCity.class, RelPerson.class, RelPassport.class, RelOrder.class, RelOrderLine.class,
            RelCarrier.class);

    private RelFixtures() {
    }

    /** Drops what an earlier run may have left and creates the model's tables. */
    static void recreate(Engine engine) {
        METADATA.dropAll(engine).then(METADATA.createAll(engine)).as(StepVerifier::create).verifyComplete();
    }

    static void drop(Engine engine) {
        METADATA.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    /** {@code authors} authors with {@code books} books each, each book tagged with 2 of 3 shared tags. */
    static List<RelAuthor> library(int authors, int books) {
        List<RelTag> tags = List.of(new RelTag("red"), new RelTag("green"), new RelTag("blue"));
        List<RelAuthor> result = new ArrayList<>();
        for (int a = 0; a < authors; a++) {
            RelAuthor author = new RelAuthor("author " + a);
            for (int b = 0; b < books; b++) {
                RelBook book = new RelBook("book " + a + "." + b);
                book.tags.add(tags.get(b % 3));
                book.tags.add(tags.get((b + 1) % 3));
                author.books.add(book);
            }
            result.add(author);
        }
        return result;
    }
}
