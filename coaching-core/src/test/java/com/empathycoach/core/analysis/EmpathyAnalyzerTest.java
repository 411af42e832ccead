package com.empathycoach.core.analysis;

import static com.empathycoach.core.analysis.Marker.ACKNOWLEDGES_FEELING;
import static com.empathycoach.core.analysis.Marker.APOLOGY_OR_OWNERSHIP;
import static com.empathycoach.core.analysis.Marker.BLAME_OR_JUDGEMENT;
import static com.empathycoach.core.analysis.Marker.CLARIFYING_QUESTION;
import static com.empathycoach.core.analysis.Marker.CLOSING_WITHOUT_HELP;
import static com.empathycoach.core.analysis.Marker.CONCRETE_NEXT_STEP;
import static com.empathycoach.core.analysis.Marker.JARGON;
import static com.empathycoach.core.analysis.Marker.MINIMISING;
import static com.empathycoach.core.analysis.Marker.PERSONALISATION;
import static com.empathycoach.core.analysis.Marker.REFUSAL_WITHOUT_ALTERNATIVE;
import static com.empathycoach.core.analysis.Marker.SHOUTING;
import static com.empathycoach.core.analysis.ReplyLanguage.EN;
import static com.empathycoach.core.analysis.ReplyLanguage.ES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EmpathyAnalyzerTest {

    private static final EmpathyAnalyzer ANALYZER = new EmpathyAnalyzer();

    /** Marker, language, reply, and a phrase one of that marker's findings must contain. */
    static Stream<Arguments> mustMatch() {
        return Stream.of(
                arguments(ACKNOWLEDGES_FEELING, EN, "I can see how worrying this has been for you.", "worrying"),
                arguments(ACKNOWLEDGES_FEELING, EN, "That sounds really stressful, especially before a trip.",
                        "stressful"),
                arguments(ACKNOWLEDGES_FEELING, EN, "It's completely understandable that you're annoyed.",
                        "understandable"),
                arguments(ACKNOWLEDGES_FEELING, EN, "I'm so sorry to hear your card was stolen.", "sorry to hear"),
                arguments(ACKNOWLEDGES_FEELING, ES, "Entiendo lo angustioso que es quedarse sin conexión.",
                        "angustioso"),
                arguments(ACKNOWLEDGES_FEELING, ES, "Es normal que esté molesto después de tres llamadas.",
                        "Es normal que"),
                arguments(ACKNOWLEDGES_FEELING, ES, "Qué mal rato le hicimos pasar, de verdad.", "Qué mal rato"),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "I'm really sorry we sent the wrong charger.", "sorry"),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "Please accept my apologies for the delay.", "apologies"),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "That was our mistake, not yours.", "our mistake"),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "Leave it with me and I'll sort it out.", "Leave it with me"),
                arguments(APOLOGY_OR_OWNERSHIP, ES, "Lamento mucho la confusión con su factura.", "Lamento"),
                arguments(APOLOGY_OR_OWNERSHIP, ES, "Ha sido un error nuestro y lo vamos a corregir.", "error nuestro"),
                arguments(APOLOGY_OR_OWNERSHIP, ES, "Le pido disculpas por la espera.", "pido disculpas"),
                arguments(CLARIFYING_QUESTION, EN, "Thanks. Which account was the payment taken from?",
                        "Which account"),
                arguments(CLARIFYING_QUESTION, EN, "So you were charged twice for one order, is that right?",
                        "is that right?"),
                arguments(CLARIFYING_QUESTION, EN, "Could you send me the reference number from the email",
                        "Could you send"),
                arguments(CLARIFYING_QUESTION, ES, "Gracias. ¿Desde cuándo no funciona la calefacción?",
                        "¿Desde cuándo"),
                arguments(CLARIFYING_QUESTION, ES, "¿Me puede decir qué ponía el mensaje de error?", "¿Me puede decir"),
                arguments(CONCRETE_NEXT_STEP, EN, "I'll call you back tomorrow before 11am with an answer.",
                        "tomorrow"),
                arguments(CONCRETE_NEXT_STEP, EN, "An engineer will visit on Thursday between 8am and 1pm.",
                        "Thursday"),
                arguments(CONCRETE_NEXT_STEP, EN, "I've refunded the £30 today; it shows within 3 working days.",
                        "today"),
                arguments(CONCRETE_NEXT_STEP, ES, "Le llamaré mañana a las 10 con la respuesta.", "mañana"),
                arguments(CONCRETE_NEXT_STEP, ES, "Hoy mismo hemos enviado el recambio por mensajería.", "Hoy mismo"),
                arguments(PERSONALISATION, EN, "Hi Rosa, thanks for your patience.", "Rosa"),
                arguments(PERSONALISATION, EN, "Mr Adeyemi, I've checked your account.", "Mr Adeyemi"),
                arguments(PERSONALISATION, EN, "Your order 58812 left the warehouse this morning.", "order 58812"),
                arguments(PERSONALISATION, EN, "The refund went to your card ending 4410.", "ending 4410"),
                arguments(PERSONALISATION, ES, "Hola Carmen, gracias por escribirnos.", "Carmen"),
                arguments(PERSONALISATION, ES, "Estimado Sr. Prieto: hemos revisado el caso.", "Sr. Prieto"),
                arguments(PERSONALISATION, ES, "Tu pedido 7731 ya está en camino.", "pedido 7731"),
                arguments(BLAME_OR_JUDGEMENT, EN, "You should have read the terms before booking.", "You should have"),
                arguments(BLAME_OR_JUDGEMENT, EN, "As I already told you, the shop is closed.", "already told"),
                arguments(BLAME_OR_JUDGEMENT, EN, "Why didn't you call us when it first broke?", "Why didn't you"),
                arguments(BLAME_OR_JUDGEMENT, ES, "Debería haber guardado el recibo.", "Debería haber"),
                arguments(BLAME_OR_JUDGEMENT, ES, "Como ya le expliqué, no hay devoluciones.", "Como ya le expliqué"),
                arguments(BLAME_OR_JUDGEMENT, ES, "La culpa es suya por no revisar el pedido.", "culpa es suya"),
                arguments(JARGON, EN, "Your case is waiting for L2 under the SLA.", "SLA"),
                arguments(JARGON, EN, "Please flush the DNS cache and retry.", "DNS"),
                arguments(JARGON, EN, "The payment failed on a 3DS timeout at the issuer.", "3DS"),
                arguments(JARGON, EN, "We need the MSISDN to continue.", "MSISDN"),
                arguments(JARGON, ES, "La incidencia está en cola N2 pendiente del backoffice.", "backoffice"),
                arguments(JARGON, ES, "El pago dio error 502 en el emisor.", "error 502"),
                arguments(MINIMISING, EN, "It's just a small delay, honestly.", "just"),
                arguments(MINIMISING, EN, "Simply restart the app.", "Simply"),
                arguments(MINIMISING, EN, "Please calm down, sir.", "calm down"),
                arguments(MINIMISING, EN, "As per policy, we cannot refund this.", "As per policy"),
                arguments(MINIMISING, ES, "Cálmese, por favor.", "Cálmese"),
                arguments(MINIMISING, ES, "Solo tiene que reiniciar el router.", "Solo tiene que"),
                arguments(MINIMISING, ES, "Según la política de la empresa no es posible.", "Según la política"),
                arguments(SHOUTING, EN, "Please DO NOT send the form again.", "DO NOT"),
                arguments(SHOUTING, EN, "Your refund is on its way!!", "!!"),
                arguments(SHOUTING, EN, "I said this is NOT possible.", "NOT"),
                arguments(SHOUTING, ES, "NO PODEMOS cambiar la reserva.", "NO PODEMOS"),
                arguments(SHOUTING, ES, "¡¡Le recordamos que el plazo acaba hoy!!", "¡¡"),
                // Blame carried by the facts, refusals stated as policy, and a close that refuses to discuss.
                arguments(BLAME_OR_JUDGEMENT, ES, "Seguro que usted puso mal la dirección, como siempre.",
                        "Seguro que usted puso mal"),
                arguments(BLAME_OR_JUDGEMENT, ES, "Entiendo su enfado, pero la talla la eligió usted.",
                        "la talla la eligió usted"),
                arguments(BLAME_OR_JUDGEMENT, ES, "Si hubiera validado la tarjeta, el revisor no le habría multado.",
                        "Si hubiera validado"),
                arguments(BLAME_OR_JUDGEMENT, EN, "It shows that surname because that's what you typed in.",
                        "that's what you typed"),
                arguments(BLAME_OR_JUDGEMENT, EN, "The router was unplugged at your end when the engineer called.",
                        "unplugged at your end"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, EN, "That model is no longer repaired at any of our centres.",
                        "no longer repaired"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, ES, "Esa tarifa no admite cambios.", "no admite cambios"),
                arguments(CLOSING_WITHOUT_HELP, EN, "The charge is correct, and we won't be discussing it further.",
                        "won't be discussing it further"),
                arguments(BLAME_OR_JUDGEMENT, EN, "The rules are printed on the very screen you were looking at.",
                        "the very screen you"),
                arguments(BLAME_OR_JUDGEMENT, ES, "Debería haber avisado con tiempo.", "Debería haber"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, ES, "Es normal que esté enfadado, pero no hay nada que yo pueda hacer.",
                        "no hay nada que yo pueda hacer"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, EN, "No further information can be provided.",
                        "No further information can be provided"),
                // Refusals implied by the terms or a policy, and next steps said in the present tense.
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, EN, "I hear you, but the terms say sailings can change for "
                        + "weather, so there's no compensation due.", "no compensation due"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, EN, "I'm sorry, Jade, I really am. Unfortunately all sales are final.",
                        "all sales are final"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, ES, "Entiendo lo molesto que es. Aun así, las condiciones dicen que "
                        + "la naviera puede cambiar horarios por meteorología, por lo que no procede indemnización.",
                        "no procede"),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, ES, "Perdón por las molestias. Tu multa queda firme.",
                        "multa queda firme"),
                arguments(CONCRETE_NEXT_STEP, ES, "Tenés razón, Cami. Laura, de administración, te escribe hoy antes de las 18.",
                        "te escribe"),
                arguments(CONCRETE_NEXT_STEP, ES, "Mañana a las 9 va Rubén a cambiar el termotanque.", "va Rubén a cambiar"),
                arguments(CONCRETE_NEXT_STEP, EN, "Chef Marco has held Saturday 14 June at 2pm for you.", "has held"));
    }

    /** Marker, language, and a reply that must not produce that marker. */
    static Stream<Arguments> mustNotMatch() {
        return Stream.of(
                arguments(ACKNOWLEDGES_FEELING, EN, "I don't understand why you're upset about this."),
                arguments(ACKNOWLEDGES_FEELING, EN, "I can see the payment left your account on Monday."),
                arguments(ACKNOWLEDGES_FEELING, ES, "No entiendo por qué está tan enfadado."),
                arguments(ACKNOWLEDGES_FEELING, ES, "Veo que el pago salió el lunes."),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "Sorry, but that's how it works."),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "I'm sorry to hear about your mother."),
                arguments(APOLOGY_OR_OWNERSHIP, EN, "It's not our fault the courier was late."),
                arguments(APOLOGY_OR_OWNERSHIP, ES, "Lo siento, pero no podemos hacer nada."),
                arguments(APOLOGY_OR_OWNERSHIP, ES, "Lamento mucho su pérdida."),
                arguments(CLARIFYING_QUESTION, EN, "Is there anything else I can help you with?"),
                arguments(CLARIFYING_QUESTION, EN, "Did you even read the instructions?"),
                arguments(CLARIFYING_QUESTION, EN, "We will look into it and get back to you."),
                arguments(CLARIFYING_QUESTION, ES, "¿Puedo ayudarle en algo más?"),
                arguments(CLARIFYING_QUESTION, ES, "¿Por qué no nos llamó antes?"),
                arguments(CONCRETE_NEXT_STEP, EN, "We'll look into it and get back to you soon."),
                arguments(CONCRETE_NEXT_STEP, EN, "Is there anything else I can help you with today?"),
                arguments(CONCRETE_NEXT_STEP, EN, "I can't do anything until Monday."),
                arguments(CONCRETE_NEXT_STEP, ES, "Su reclamación será revisada."),
                arguments(CONCRETE_NEXT_STEP, ES, "Le recordamos que el plazo acaba hoy."),
                arguments(PERSONALISATION, EN, "Dear Customer, thank you for your email."),
                arguments(PERSONALISATION, EN, "Sorry, I can't change that."),
                arguments(PERSONALISATION, EN, "Honestly, it's a tricky one."),
                arguments(PERSONALISATION, ES, "Estimado cliente: gracias por su mensaje."),
                arguments(PERSONALISATION, ES, "Cálmese, por favor."),
                arguments(BLAME_OR_JUDGEMENT, EN, "I'm not blaming you at all; the form is confusing."),
                arguments(BLAME_OR_JUDGEMENT, EN, "This isn't your fault."),
                arguments(BLAME_OR_JUDGEMENT, EN, "We should have told you sooner."),
                arguments(BLAME_OR_JUDGEMENT, EN, "You should receive the parcel on Friday."),
                arguments(BLAME_OR_JUDGEMENT, ES, "No le estoy culpando; el formulario es confuso."),
                arguments(BLAME_OR_JUDGEMENT, ES, "No es su culpa en absoluto."),
                arguments(BLAME_OR_JUDGEMENT, ES, "Debería haberle avisado antes; fue un error mío."),
                arguments(JARGON, EN, "Please check the FAQ or reset your PIN by SMS."),
                arguments(JARGON, EN, "Your new SIM arrives tomorrow."),
                arguments(JARGON, EN, "We need your MPAN (the number on your meter) to continue."),
                arguments(JARGON, ES, "Necesitamos una copia de su DNI y el IBAN."),
                arguments(MINIMISING, EN, "I just checked with the warehouse."),
                arguments(MINIMISING, EN, "Just to confirm, is the address still the same?"),
                arguments(MINIMISING, EN, "The email arrived just now."),
                arguments(MINIMISING, ES, "Puede estar tranquilo, lo solucionamos hoy."),
                arguments(MINIMISING, ES, "Acabo de comprobarlo con el almacén."),
                arguments(SHOUTING, EN, "Please send your ID and the PDF by email."),
                arguments(SHOUTING, EN, "Thank you for waiting!"),
                arguments(SHOUTING, EN, "The KYC check is pending."),
                arguments(SHOUTING, ES, "Envíe su DNI y el IBAN, por favor."),
                arguments(SHOUTING, ES, "¡Gracias por esperar!"),
                // The same policy with a way forward is not a dead end; a third party's ability is not an option.
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, EN, "There's no compensation due under the weather clause, but I "
                        + "can move you to tomorrow's sailing for free."),
                arguments(REFUSAL_WITHOUT_ALTERNATIVE, ES, "No procede indemnización, pero puede cambiar el billete sin coste."),
                arguments(CONCRETE_NEXT_STEP, ES, "El banco le cobra la comisión el día 5 de cada mes."),
                // A calm explanation of why something wears out blames nobody.
                arguments(BLAME_OR_JUDGEMENT, EN, "Fences and hedges stand outside in every kind of weather, so they "
                        + "wear down over time, and it's rarely possible to say how much of the damage came from one storm."),
                arguments(BLAME_OR_JUDGEMENT, ES, "Las vallas y los setos están a la intemperie todo el año, así que se "
                        + "desgastan con el tiempo y casi nunca se puede saber qué parte del daño causó una sola tormenta."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("mustMatch")
    void shouldFindMarker(Marker marker, ReplyLanguage language, String reply, String phrase) {
        Analysis analysis = ANALYZER.analyze(reply, language);

        assertThat(analysis.findingsOf(marker)).as("findings of %s in %s", marker, analysis.findings())
                .anySatisfy(f -> assertThat(f.excerpt()).contains(phrase));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("mustNotMatch")
    void shouldNotFindMarker(Marker marker, ReplyLanguage language, String reply) {
        Analysis analysis = ANALYZER.analyze(reply, language);

        assertThat(analysis.findingsOf(marker)).as("findings of %s", marker).isEmpty();
    }

    @Test
    void shouldPointOffsetsAtTheMatchedText() {
        String reply = "Hi Dana, I'm so sorry. Please DO NOT worry!!";

        Analysis analysis = ANALYZER.analyze(reply, EN);

        assertThat(analysis.findings()).isNotEmpty().allSatisfy(
                f -> assertThat(reply.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
        assertThat(analysis.findingsOf(PERSONALISATION)).singleElement()
                .satisfies(f -> assertThat(f.start()).isEqualTo(3))
                .satisfies(f -> assertThat(f.end()).isEqualTo(7));
        assertThat(analysis.findingsOf(SHOUTING)).extracting(Finding::excerpt).containsExactly("DO NOT", "!!");
        assertThat(analysis.findings()).isSortedAccordingTo(
                (a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void shouldKeepOffsetsRightAfterNonAsciiText() {
        String reply = "¡Hola Íñigo! Lamento mucho el retraso de tu pedido 4411.";

        Analysis analysis = ANALYZER.analyze(reply, ES);

        assertThat(analysis.findings()).allSatisfy(
                f -> assertThat(reply.substring(f.start(), f.end())).isEqualTo(f.excerpt()));
        assertThat(analysis.findingsOf(PERSONALISATION)).extracting(Finding::excerpt)
                .contains("Íñigo").anySatisfy(excerpt -> assertThat(excerpt).contains("pedido 4411"));
    }

    @Test
    void shouldStartEveryKeyAtTheBaseForANeutralReply() {
        Analysis analysis = ANALYZER.analyze("The store opens at nine.", EN);

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.scores()).containsOnlyKeys(EmpathyKey.values()).allSatisfy(
                (key, score) -> assertThat(score).isEqualTo(Scoring.BASE));
        assertThat(analysis.overall()).isEqualTo(Scoring.BASE);
    }

    @Test
    void shouldRaiseTheKeyOfAPositiveMarker() {
        int neutral = ANALYZER.analyze("The store opens at nine.", EN).scores().get(EmpathyKey.HELP);
        int sorry = ANALYZER.analyze("I'm sorry. The store opens at nine.", EN).scores().get(EmpathyKey.HELP);
        int sorryAndFeeling = ANALYZER.analyze(
                "I'm sorry, I can see how frustrating this is. The store opens at nine.", EN)
                .scores().get(EmpathyKey.HELP);

        assertThat(sorry).isGreaterThan(neutral);
        assertThat(sorryAndFeeling).isGreaterThan(sorry).isEqualTo(100);
    }

    @Test
    void shouldLowerTheKeyOfANegativeMarker() {
        Analysis neutral = ANALYZER.analyze("The refund is on its way.", EN);
        Analysis blaming = ANALYZER.analyze("You should have checked. The refund is on its way.", EN);

        assertThat(blaming.scores().get(EmpathyKey.DISCOVER)).isLessThan(neutral.scores().get(EmpathyKey.DISCOVER));
        assertThat(blaming.overall()).isLessThan(neutral.overall());
    }

    @Test
    void shouldScoreAStrongReplyAboveAWeakOne() {
        Analysis strong = ANALYZER.analyze("Hi Omar, I'm so sorry, I can imagine how stressful this is. "
                + "Could you tell me the order number? I'll call you back by 4pm today.");
        Analysis weak = ANALYZER.analyze("You should have read the FAQ. It's just a small fee!!");

        assertThat(strong.overall()).isGreaterThan(weak.overall());
        assertThat(strong.scores().values()).allSatisfy(score -> assertThat(score).isGreaterThanOrEqualTo(70));
    }

    @Test
    void shouldClampScoresBetweenZeroAndOneHundred() {
        Analysis analysis = ANALYZER.analyze("CALM DOWN!! It's JUST a fee!!! Just pay it!! RELAX!!", EN);

        assertThat(analysis.scores().values()).allSatisfy(score -> assertThat(score).isBetween(0, 100));
        assertThat(analysis.scores().get(EmpathyKey.CHANNEL)).isZero();
    }

    @Test
    void shouldReturnAnEmptyAnalysisForBlankInput() {
        for (String blank : new String[] {null, "", "   ", "\n\t"}) {
            Analysis analysis = ANALYZER.analyze(blank);

            assertThat(analysis.findings()).isEmpty();
            assertThat(analysis.markers()).isEmpty();
            assertThat(analysis.suggestions()).isEmpty();
            assertThat(analysis.overall()).isZero();
            assertThat(analysis.scores()).containsOnlyKeys(EmpathyKey.values())
                    .allSatisfy((key, score) -> assertThat(score).isZero());
            assertThat(ANALYZER.analyze(blank, ES).findings()).isEmpty();
        }
    }

    @Test
    void shouldRejectAMissingLanguage() {
        assertThatThrownBy(() -> ANALYZER.analyze("Hello", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldSuggestInTheReplyLanguage() {
        Analysis english = ANALYZER.analyze("It's just a fee.", EN);
        Analysis spanish = ANALYZER.analyze("Es solo una comisión.", ES);

        assertThat(english.suggestions()).first().asString().contains("\"It's just\"").contains("small");
        assertThat(spanish.suggestions()).first().asString().contains("\"Es solo\"").contains("importancia");
        assertThat(english.suggestions()).hasSize(6);
        assertThat(spanish.suggestions()).hasSize(6);
    }

    @Test
    void shouldNotSuggestWhatTheReplyAlreadyDoes() {
        Analysis analysis = ANALYZER.analyze("Hi Rosa, I'm sorry, I can see how frustrating this is. "
                + "Which day suits you? I'll book the visit today.", EN);

        assertThat(analysis.markers()).containsExactlyInAnyOrder(PERSONALISATION, APOLOGY_OR_OWNERSHIP,
                ACKNOWLEDGES_FEELING, CLARIFYING_QUESTION, CONCRETE_NEXT_STEP);
        assertThat(analysis.suggestions()).isEmpty();
    }

    @Test
    void shouldHaveATipForEveryMarkerInEveryLanguage() {
        for (ReplyLanguage language : ReplyLanguage.values()) {
            RuleSet rules = RuleSet.load(language);
            assertThat(rules.ruleCount()).isPositive();
            for (Marker marker : Marker.values()) {
                assertThat(rules.tip(marker, "x")).as("%s tip for %s", language, marker).isNotBlank();
            }
        }
    }

    @Test
    void shouldDetectTheLanguage() {
        assertThat(ReplyLanguage.detect("Thanks for your patience, I'll call you tomorrow.")).isEqualTo(EN);
        assertThat(ReplyLanguage.detect("Gracias por su paciencia, le llamo mañana.")).isEqualTo(ES);
        assertThat(ReplyLanguage.detect("¿Qué tal?")).isEqualTo(ES);
        assertThat(ReplyLanguage.detect("NO PODEMOS hacer nada más por usted.")).isEqualTo(ES);
        assertThat(ReplyLanguage.detect("OK")).isEqualTo(EN);
        // Short replies with none of the commonest words: a few more function words of each language decide them.
        assertThat(ReplyLanguage.detect("No podemos hacer nada.")).isEqualTo(ES);
        assertThat(ReplyLanguage.detect("Esa tarifa no admite cambios.")).isEqualTo(ES);
        assertThat(ReplyLanguage.detect("Nothing can be done now.")).isEqualTo(EN);
        assertThat(ANALYZER.analyze("No podemos hacer nada.").markers()).contains(Marker.REFUSAL_WITHOUT_ALTERNATIVE);
        assertThat(ReplyLanguage.detect(null)).isEqualTo(EN);
        assertThat(ReplyLanguage.detect("  ")).isEqualTo(EN);
    }

    @Test
    void shouldUseTheDetectedLanguageWhenNoneIsGiven() {
        String reply = "Hola Marta, lamento mucho el retraso.";

        assertThat(ANALYZER.analyze(reply)).isEqualTo(ANALYZER.analyze(reply, ES));
    }

    @Test
    void shouldGiveTheSameResultsFromManyThreads() throws Exception {
        List<String> replies = List.of("Hi Dana, I'm so sorry. I'll call you tomorrow at 10am.",
                "You should have checked!! It's just a fee.", "Hola Marta, ¿me dice su número de pedido?",
                "Cálmese. Según la política no hay devoluciones.", "Your ticket is with L2 pending RCA.");
        List<Analysis> expected = replies.stream().map(ANALYZER::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int index = i % replies.size();
                results.add(pool.submit(() -> ANALYZER.analyze(replies.get(index)).equals(expected.get(index))));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldFindMarkersAcrossALongReply() {
        StringBuilder reply = new StringBuilder();
        while (reply.length() < 2_000) {
            reply.append("Hi Dana, I can understand how frustrating it is to wait. I'm sorry we let you down. ")
                    .append("You should have had it by now, it's just a small delay. Could you tell me the ")
                    .append("order number? I'll call you tomorrow at 10am. PLEASE DO NOT reply!! ");
        }
        Analysis analysis = ANALYZER.analyze(reply.substring(0, 2_000));
        assertThat(analysis.markers()).contains(Marker.ACKNOWLEDGES_FEELING, Marker.APOLOGY_OR_OWNERSHIP,
                Marker.CLARIFYING_QUESTION, Marker.SHOUTING);
        assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.end()).isLessThanOrEqualTo(2_000));
    }

    @Test
    void anEmpathyPhraseAloneIsNeverStrongAndAWayForwardMakesItSo() {
        Analysis alone = ANALYZER.analyze("I'm so sorry, I can imagine how frustrating this is.");
        assertThat(alone.markers()).contains(Marker.ACKNOWLEDGES_FEELING);
        assertThat(alone.strong()).isFalse();
        assertThat(alone.overall()).isLessThan(Analysis.STRONG_LINE);
        Analysis forward = ANALYZER.analyze("I'm so sorry, I can imagine how frustrating this is. I'll refund the fee "
                + "today and email you the receipt by 5pm.");
        assertThat(forward.strong()).isTrue();
        assertThat(forward.overall()).isGreaterThanOrEqualTo(Analysis.STRONG_LINE);
    }

    @Test
    void aNegativeFindingOutweighsThePositivePhraseItUndercuts() {
        Analysis undercut = ANALYZER.analyze("I understand how frustrating this must be. You should have read the "
                + "email we sent. I'll refund the fee today.");
        assertThat(undercut.markers()).contains(Marker.ACKNOWLEDGES_FEELING, Marker.BLAME_OR_JUDGEMENT);
        assertThat(undercut.strong()).isFalse();
        Analysis spanish = ANALYZER.analyze("Entiendo lo frustrante que es. Debería haber leído el correo. Hoy mismo "
                + "le devuelvo la comisión.");
        assertThat(spanish.strong()).isFalse();
    }

    @Test
    void aDeadEndIsCancelledByAWayForwardAnywhereInTheReply() {
        RuleSet rules = RuleFileReader.parse("test", List.of(
                "REFUSAL_WITHOUT_ALTERNATIVE \\bnothing\\s+I\\s+can\\s+do\\b",
                "@unless REFUSAL_WITHOUT_ALTERNATIVE \\binstead\\b",
                "@unless REFUSAL_WITHOUT_ALTERNATIVE ^CONCRETE_NEXT_STEP",
                "CONCRETE_NEXT_STEP \\bby\\s+friday\\b"));
        assertThat(markersOf(rules, "There is nothing I can do. Sorry.")).containsExactly(Marker.REFUSAL_WITHOUT_ALTERNATIVE);
        assertThat(markersOf(rules, "There is nothing I can do there. I can move it instead.")).isEmpty();
        assertThat(markersOf(rules, "There is nothing I can do. I'll call you by Friday."))
                .containsExactly(Marker.CONCRETE_NEXT_STEP);
    }

    private static List<Marker> markersOf(RuleSet rules, String reply) {
        return rules.find(new Text(reply), List.of()).stream().map(Finding::marker).distinct().toList();
    }

    @Test
    void theVersionNamesTheCodeAndAFingerprintOfTheRules() {
        assertThat(ANALYZER.version()).matches("2\\.0\\+[0-9a-f]{8}");
        assertThat(new EmpathyAnalyzer().version()).isEqualTo(ANALYZER.version());
    }
}
