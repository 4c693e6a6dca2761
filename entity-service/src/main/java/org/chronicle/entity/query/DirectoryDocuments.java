package org.chronicle.entity.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.EntityView;
import org.chronicle.entity.command.EntityInput;

/** The shape of one entity in the directory collection. */
final class DirectoryDocuments {

    static final String ID = "_id";
    static final String TYPE = "type";
    static final String VERSION = "version";
    /** Lower-cased name: the first sort key, so pages do not depend on capitalisation. */
    static final String SORT_NAME = "sortName";
    /** Lower-cased name and aliases of every language: what {@code q} is matched against. */
    static final String SEARCH = "search";

    private DirectoryDocuments() {
    }

    static Document toDocument(EntityView view) {
        Document aliases = new Document();
        view.aliases().forEach((language, values) -> aliases.append(language, new ArrayList<>(values)));
        Set<String> search = new LinkedHashSet<>();
        search.add(EntityInput.key(view.name()));
        view.aliases().values().forEach(values -> values.forEach(alias -> search.add(EntityInput.key(alias))));
        return new Document(ID, view.id())
                .append(TYPE, view.type().name())
                .append("name", view.name())
                .append("side", view.side().name())
                .append("aliases", aliases)
                .append("externalIds", new Document(new TreeMap<String, Object>(view.externalIds())))
                .append("status", view.status().name())
                .append("mergedInto", view.mergedInto())
                .append(VERSION, view.version())
                .append(SORT_NAME, EntityInput.key(view.name()))
                .append(SEARCH, new ArrayList<>(search));
    }

    static EntityView toView(Document document) {
        Map<String, List<String>> aliases = new TreeMap<>();
        Document storedAliases = document.get("aliases", Document.class);
        if (storedAliases != null) {
            storedAliases.keySet().forEach(language ->
                    aliases.put(language, new ArrayList<>(storedAliases.getList(language, String.class))));
        }
        Map<String, String> externalIds = new TreeMap<>();
        Document storedIds = document.get("externalIds", Document.class);
        if (storedIds != null) {
            storedIds.forEach((scheme, id) -> externalIds.put(scheme, String.valueOf(id)));
        }
        return new EntityView(document.getString(ID), EntityType.valueOf(document.getString(TYPE)),
                              document.getString("name"), Side.valueOf(document.getString("side")), aliases,
                              externalIds, EntityStatus.valueOf(document.getString("status")),
                              document.getString("mergedInto"), document.get(VERSION, Number.class).longValue());
    }
}
