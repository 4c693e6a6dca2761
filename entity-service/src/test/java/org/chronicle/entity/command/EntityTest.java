package org.chronicle.entity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.chronicle.api.entity.EntityAliasAdded;
import org.chronicle.api.entity.EntityAliasRemoved;
import org.chronicle.api.entity.EntityMerged;
import org.chronicle.api.entity.EntityRegistered;
import org.chronicle.api.entity.EntityRenamed;
import org.chronicle.api.entity.EntityRetired;
import org.chronicle.api.entity.EntityType;
import org.chronicle.api.entity.Side;
import org.chronicle.entity.api.AddAlias;
import org.chronicle.entity.api.EntityStatus;
import org.chronicle.entity.api.MergeEntity;
import org.chronicle.entity.api.RegisterEntity;
import org.chronicle.entity.api.Registration;
import org.chronicle.entity.api.RemoveAlias;
import org.chronicle.entity.api.RenameEntity;
import org.chronicle.entity.api.RetireEntity;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTest {

    private static final Map<String, String> WIKIDATA = Map.of("wikidata", "Q7747");
    private static final String ID = Registrations.entityId(EntityType.PERSON, "Vladimir Putin", WIKIDATA);
    private static final String OTHER_ID = Registrations.entityId(EntityType.PERSON, "Someone Else", Map.of());
    private static final EntityRegistered REGISTERED = new EntityRegistered(ID, EntityType.PERSON, "Vladimir Putin",
            Side.RUSSIA, Map.of("it", List.of("Putin"), "ru", List.of("Путин", "Владимир Путин")), WIKIDATA);

    private FixtureConfiguration<Entity> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Entity.class);
    }

    private static RegisterEntity register(String name, Side side, Map<String, List<String>> aliases,
                                           Map<String, String> externalIds) {
        return Registrations.prepare(EntityType.PERSON, name, side, aliases, externalIds);
    }

    private static RegisterEntity registerPutin() {
        return register("Vladimir Putin", Side.RUSSIA,
                        Map.of("it", List.of("Putin"), "ru", List.of("Путин", "Владимир Путин")), WIKIDATA);
    }

    @Nested
    class Registering {

        @Test
        void recordsTheNormalisedContentAndAnswersCreated() {
            RegisterEntity messy = new RegisterEntity(ID, EntityType.PERSON, "  Vladimir\u00A0\t Putin ",
                    Side.RUSSIA,
                    Map.of("RU", List.of(" Путин", "путин", "Владимир   Путин"), "it", List.of("Putin", "PUTIN")),
                    Map.of("WikiData", "q7747"));

            fixture.givenNoPriorActivity()
                   .when(messy)
                   .expectSuccessfulHandlerExecution()
                   .expectEvents(REGISTERED)
                   .expectResultMessagePayload(new Registration(ID, true));
        }

        @Test
        void composesUnicodeToNfcAndDefaultsSideToOther() {
            // "Sergeï" typed with a combining diaeresis
            RegisterEntity command = register("Sergei\u0308", null, null, null);
            String id = Registrations.entityId(EntityType.PERSON, "Sergeï", Map.of());
            assertThat(command.entityId()).isEqualTo(id);

            fixture.givenNoPriorActivity()
                   .when(command)
                   .expectEvents(new EntityRegistered(id, EntityType.PERSON, "Sergeï", Side.OTHER, Map.of(),
                                                      Map.of()));
        }

        @Test
        void repeatingTheRegistrationChangesNothingAndAnswersTheExistingId() {
            // same content, aliases in another order and case
            RegisterEntity repeat = register("Vladimir Putin", Side.RUSSIA,
                    Map.of("ru", List.of("владимир путин", "Путин"), "it", List.of("putin")), WIKIDATA);

            fixture.given(REGISTERED)
                   .when(repeat)
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents()
                   .expectResultMessagePayload(new Registration(ID, false));
        }

        @Test
        void repeatingTheOriginalRegistrationAfterLaterChangesIsStillIdempotent() {
            fixture.given(REGISTERED, new EntityAliasAdded(ID, "ko", "푸틴"),
                          new EntityRenamed(ID, "Vladimir Putin", "Vladimir Vladimirovich Putin"))
                   .when(registerPutin())
                   .expectNoEvents()
                   .expectResultMessagePayload(new Registration(ID, false));
        }

        @Test
        void registrationMatchingTheCurrentStateIsIdempotentToo() {
            fixture.given(REGISTERED, new EntityAliasAdded(ID, "ko", "푸틴"))
                   .when(register("Vladimir Putin", Side.RUSSIA, Map.of("it", List.of("Putin"),
                           "ru", List.of("Путин", "Владимир Путин"), "ko", List.of("푸틴")), WIKIDATA))
                   .expectNoEvents()
                   .expectResultMessagePayload(new Registration(ID, false));
        }

        @Test
        void otherContentUnderTheSameIdIsAConflictNamingTheExistingId() {
            // same Wikidata item, so the same id, but another name
            fixture.given(REGISTERED)
                   .when(register("Putin", Side.RUSSIA, Map.of(), WIKIDATA))
                   .expectNoEvents()
                   .expectException(RegistrationConflictException.class)
                   .expectException(new CustomTypeSafeMatcher<RegistrationConflictException>("existingId " + ID) {
                       @Override
                       protected boolean matchesSafely(RegistrationConflictException e) {
                           return ID.equals(e.existingId());
                       }
                   })
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString(ID));
        }

        @Test
        void otherSideIsAConflict() {
            fixture.given(REGISTERED)
                   .when(register("Vladimir Putin", Side.OTHER,
                                  Map.of("it", List.of("Putin"), "ru", List.of("Путин", "Владимир Путин")), WIKIDATA))
                   .expectException(RegistrationConflictException.class);
        }

        @Test
        void repeatingARetiredEntitysRegistrationAnswersItsId() {
            fixture.given(REGISTERED, new EntityRetired(ID, null))
                   .when(registerPutin())
                   .expectNoEvents()
                   .expectResultMessagePayload(new Registration(ID, false));
        }

        @Test
        void anIdThatTheContentDoesNotDeriveIsRejected() {
            RegisterEntity forged = new RegisterEntity(OTHER_ID, EntityType.PERSON, "Vladimir Putin", Side.RUSSIA,
                                                       Map.of(), WIKIDATA);
            fixture.givenNoPriorActivity()
                   .when(forged)
                   .expectNoEvents()
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void aMissingTypeIsRejected() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, null, "Vladimir Putin", Side.RUSSIA, Map.of(), WIKIDATA))
                   .expectException(InvalidEntityException.class)
                   .expectExceptionMessage(org.hamcrest.Matchers.containsString("type"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\u00A0\u3000"})
        void aBlankNameIsRejected(String name) {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, EntityType.PERSON, name, Side.RUSSIA, Map.of(), WIKIDATA))
                   .expectNoEvents()
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void aNameOfMoreThan200CharactersIsRejected() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, EntityType.PERSON, "x".repeat(201), Side.RUSSIA, Map.of(), WIKIDATA))
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void anUnknownLanguageCodeIsRejected() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, EntityType.PERSON, "Vladimir Putin", Side.RUSSIA,
                                            Map.of("xx", List.of("Putin")), WIKIDATA))
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void aBlankAliasIsRejected() {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, EntityType.PERSON, "Vladimir Putin", Side.RUSSIA,
                                            Map.of("it", List.of(" ")), WIKIDATA))
                   .expectException(InvalidEntityException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Q0", "Q", "7747", "P31", "Q77a"})
        void aMalformedWikidataIdIsRejected(String qid) {
            fixture.givenNoPriorActivity()
                   .when(new RegisterEntity(ID, EntityType.PERSON, "Vladimir Putin", Side.RUSSIA, Map.of(),
                                            Map.of("wikidata", qid)))
                   .expectException(InvalidEntityException.class);
        }
    }

    @Nested
    class Aliases {

        @Test
        void aNewAliasIsAdded() {
            fixture.given(REGISTERED)
                   .when(new AddAlias(ID, "KO", "  푸틴 "))
                   .expectEvents(new EntityAliasAdded(ID, "ko", "푸틴"));
        }

        @Test
        void anAliasPresentInAnotherCaseIsNotAddedAgain() {
            fixture.given(REGISTERED)
                   .when(new AddAlias(ID, "ru", "ПУТИН"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void theSameAliasInAnotherLanguageIsAdded() {
            fixture.given(REGISTERED)
                   .when(new AddAlias(ID, "en", "Putin"))
                   .expectEvents(new EntityAliasAdded(ID, "en", "Putin"));
        }

        @Test
        void anAliasInAnUnknownLanguageIsRejected() {
            fixture.given(REGISTERED)
                   .when(new AddAlias(ID, "russian", "Путин"))
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void addingToAnUnknownEntityFailsAsNotFound() {
            fixture.givenNoPriorActivity()
                   .when(new AddAlias(ID, "ru", "Путин"))
                   .expectException(AggregateNotFoundException.class);
        }

        @Test
        void anAliasIsRemovedUnderTheSpellingItWasStoredWith() {
            fixture.given(REGISTERED)
                   .when(new RemoveAlias(ID, "ru", "путин"))
                   .expectEvents(new EntityAliasRemoved(ID, "ru", "Путин"));
        }

        @Test
        void removingAnAbsentAliasFails() {
            fixture.given(REGISTERED, new EntityAliasRemoved(ID, "it", "Putin"))
                   .when(new RemoveAlias(ID, "it", "Putin"))
                   .expectNoEvents()
                   .expectException(AliasNotFoundException.class);
        }
    }

    @Nested
    class Renaming {

        @Test
        void aNewNameIsRecordedWithThePreviousOne() {
            fixture.given(REGISTERED)
                   .when(new RenameEntity(ID, " Vladimir  Vladimirovich Putin"))
                   .expectEvents(new EntityRenamed(ID, "Vladimir Putin", "Vladimir Vladimirovich Putin"));
        }

        @Test
        void theSameNameChangesNothing() {
            fixture.given(REGISTERED)
                   .when(new RenameEntity(ID, "Vladimir  Putin"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aBlankNameIsRejected() {
            fixture.given(REGISTERED)
                   .when(new RenameEntity(ID, " "))
                   .expectException(InvalidEntityException.class);
        }
    }

    @Nested
    class Merging {

        @Test
        void anEntityIsMergedIntoAnother() {
            fixture.given(REGISTERED)
                   .when(new MergeEntity(ID, OTHER_ID))
                   .expectEvents(new EntityMerged(ID, OTHER_ID));
        }

        @Test
        void anEntityCannotBeMergedIntoItself() {
            fixture.given(REGISTERED)
                   .when(new MergeEntity(ID, ID))
                   .expectNoEvents()
                   .expectException(InvalidMergeException.class);
        }

        @Test
        void aMergeNeedsATarget() {
            fixture.given(REGISTERED)
                   .when(new MergeEntity(ID, " "))
                   .expectException(InvalidEntityException.class);
        }

        @Test
        void repeatingTheMergeChangesNothing() {
            fixture.given(REGISTERED, new EntityMerged(ID, OTHER_ID))
                   .when(new MergeEntity(ID, OTHER_ID))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aMergedEntityCannotBeMergedElsewhere() {
            fixture.given(REGISTERED, new EntityMerged(ID, OTHER_ID))
                   .when(new MergeEntity(ID, "another"))
                   .expectException(EntityClosedException.class);
        }
    }

    @Nested
    class Retiring {

        @Test
        void anEntityIsRetiredWithItsReason() {
            fixture.given(REGISTERED)
                   .when(new RetireEntity(ID, "  registered by mistake "))
                   .expectEvents(new EntityRetired(ID, "registered by mistake"));
        }

        @Test
        void theReasonIsOptional() {
            fixture.given(REGISTERED)
                   .when(new RetireEntity(ID, "  "))
                   .expectEvents(new EntityRetired(ID, null));
        }

        @Test
        void retiringAgainChangesNothing() {
            fixture.given(REGISTERED, new EntityRetired(ID, null))
                   .when(new RetireEntity(ID, "again"))
                   .expectSuccessfulHandlerExecution()
                   .expectNoEvents();
        }

        @Test
        void aMergedEntityCannotBeRetired() {
            fixture.given(REGISTERED, new EntityMerged(ID, OTHER_ID))
                   .when(new RetireEntity(ID, null))
                   .expectException(EntityClosedException.class);
        }

        @Test
        void aRetiredEntityCannotBeMerged() {
            fixture.given(REGISTERED, new EntityRetired(ID, null))
                   .when(new MergeEntity(ID, OTHER_ID))
                   .expectException(EntityClosedException.class);
        }
    }

    @Nested
    class ClosedEntities {

        @ParameterizedTest
        @ValueSource(strings = {"MERGED", "RETIRED"})
        void acceptNoNewAlias(EntityStatus status) {
            fixture.given(REGISTERED, closing(status))
                   .when(new AddAlias(ID, "ko", "푸틴"))
                   .expectNoEvents()
                   .expectException(EntityClosedException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"MERGED", "RETIRED"})
        void acceptNoAliasRemoval(EntityStatus status) {
            fixture.given(REGISTERED, closing(status))
                   .when(new RemoveAlias(ID, "it", "Putin"))
                   .expectException(EntityClosedException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"MERGED", "RETIRED"})
        void acceptNoRename(EntityStatus status) {
            fixture.given(REGISTERED, closing(status))
                   .when(new RenameEntity(ID, "Someone"))
                   .expectException(EntityClosedException.class);
        }

        private Object closing(EntityStatus status) {
            return status == EntityStatus.MERGED ? new EntityMerged(ID, OTHER_ID) : new EntityRetired(ID, null);
        }
    }
}
