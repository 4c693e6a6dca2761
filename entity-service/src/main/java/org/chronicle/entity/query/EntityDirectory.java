package org.chronicle.entity.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.chronicle.api.entity.EntityType;
import org.chronicle.entity.api.EntityPage;
import org.chronicle.entity.api.EntityView;
import org.chronicle.entity.command.EntityInput;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Lists and searches the directory the projection keeps; it trails the event store by a moment. */
@Component
public class EntityDirectory {

    private final MongoCollection<Document> directory;

    public EntityDirectory(@Qualifier("entityDirectoryCollection") MongoCollection<Document> directory) {
        this.directory = directory;
    }

    /**
     * @param q     literal, case-insensitive substring of the name or of any alias; {@code null} for all
     * @param type  {@code null} for all types
     * @param after the cursor of the previous page, {@code null} for the first
     */
    public EntityPage list(String q, EntityType type, int limit, DirectoryCursor after) {
        List<Bson> filters = new ArrayList<>();
        String text = EntityInput.normalize(q);
        if (text != null && !text.isEmpty()) {
            // quoted: user text is matched literally and never becomes a regex or query operator
            filters.add(regex(DirectoryDocuments.SEARCH, Pattern.quote(EntityInput.key(text))));
        }
        if (type != null) {
            filters.add(eq(DirectoryDocuments.TYPE, type.name()));
        }
        if (after != null) {
            filters.add(or(gt(DirectoryDocuments.SORT_NAME, after.sortName()),
                           and(eq(DirectoryDocuments.SORT_NAME, after.sortName()),
                               gt(DirectoryDocuments.ID, after.id()))));
        }
        List<EntityView> entities = new ArrayList<>();
        String lastSortName = null;
        boolean more = false;
        for (Document document : directory.find(filters.isEmpty() ? new Document() : and(filters))
                .sort(Sorts.ascending(DirectoryDocuments.SORT_NAME, DirectoryDocuments.ID))
                .limit(limit + 1)) {
            if (entities.size() == limit) {
                more = true;
                break;
            }
            entities.add(DirectoryDocuments.toView(document));
            lastSortName = document.getString(DirectoryDocuments.SORT_NAME);
        }
        String next = more ? new DirectoryCursor(lastSortName, entities.get(entities.size() - 1).id()).encode() : null;
        return new EntityPage(entities, next);
    }
}
