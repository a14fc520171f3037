package stancegraph;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.json.Json;
import javax.json.JsonReader;
import javax.json.JsonString;
import javax.json.stream.JsonGenerator;
import javax.json.stream.JsonGeneratorFactory;

/**
 * stancegraph's dependency parser sidecar: Stanford CoreNLP behind JSON lines on stdin/stdout.
 *
 * <p>After the models load, the first stdout line is {@code {"ready":true,"parser":ID,"loadMs":N}}.
 * Then each request line {@code {"text":"..."}} (one sentence, never re-split) gets exactly one
 * response line, in order: {@code {"tokens":[[start,end,pos,lemma,ner],...],"edges":[[head,dep,rel],...]}}
 * with UTF-16 offsets relative to the request text, 0-based token indices, head -1 for the root and
 * enhanced++ relation names ("obl:with", "nsubj:xsubj") - or {@code {"error":"..."}}. The process ends
 * at end of input; logs go to stderr only, so stdout carries nothing but protocol lines.
 */
public final class Parser {
  /**
   * The annotators and their settings; part of the parser id (and so of the parse-cache key): change it,
   * and CORENLP_PARSER_ID in nlp/java-parser.ts, whenever properties() changes what a parse contains.
   */
  static final String SETTINGS = "pos,lemma,ner(lite),depparse";

  private static final String END_OF_INPUT = new String("end of input");
  private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(null);

  private Parser() {}

  public static void main(String[] args) throws InterruptedException {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err); // anything a library prints must not corrupt the protocol
    BlockingQueue<String> requests = new LinkedBlockingQueue<>();
    AtomicBoolean loaded = new AtomicBoolean(false);
    Thread reader = new Thread(() -> readRequests(requests, loaded), "stdin-reader");
    reader.setDaemon(true);
    reader.start();

    long started = System.nanoTime();
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(properties("tokenize"));
    StanfordCoreNLP analyzer = new StanfordCoreNLP(properties("ssplit,pos,lemma,ner,depparse"));
    loaded.set(true);
    long loadMs = (System.nanoTime() - started) / 1_000_000;
    String id = "corenlp-" + StanfordCoreNLP.class.getPackage().getImplementationVersion() + " " + SETTINGS;
    out.println(generate(g -> g.writeStartObject().write("ready", true).write("parser", id).write("loadMs", loadMs).writeEnd()));
    out.flush();
    System.err.println("stancegraph parser ready: " + id + " (models loaded in " + loadMs + " ms)");

    for (String line = requests.take(); line != END_OF_INPUT; line = requests.take()) {
      out.println(respond(tokenizer, analyzer, line));
      out.flush();
      if (out.checkError()) break; // the reader of our stdout is gone
    }
  }

  /** Tokenizing apart: a sentence without tokens (blank, format characters) answers empty, not an error. */
  static Properties properties(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    props.setProperty("enforceRequirements", "false");
    props.setProperty("tokenize.ssplit", "false"); // the ssplit annotator splits, after the empty check
    props.setProperty("ssplit.isOneSentence", "true");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("threads", "1");
    return props;
  }

  /**
   * Reads request lines. At end of input before the models are loaded with no request waiting (the
   * client went away during start-up) there is nothing to answer: exit at once instead of loading.
   */
  private static void readRequests(BlockingQueue<String> requests, AtomicBoolean loaded) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) requests.add(line);
      }
    } catch (IOException e) {
      System.err.println("stancegraph parser: cannot read stdin: " + e);
    }
    requests.add(END_OF_INPUT);
    if (!loaded.get() && requests.size() == 1) System.exit(0);
  }

  static String respond(StanfordCoreNLP tokenizer, StanfordCoreNLP analyzer, String line) {
    try {
      String text;
      try (JsonReader reader = Json.createReader(new StringReader(line))) {
        if (!(reader.readObject().get("text") instanceof JsonString value)) {
          throw new IllegalArgumentException("the request has no \"text\" string");
        }
        text = value.getString();
      }
      Annotation doc = new Annotation(text);
      tokenizer.annotate(doc);
      if (!doc.get(CoreAnnotations.TokensAnnotation.class).isEmpty()) analyzer.annotate(doc);
      return generate(g -> writeParse(g, doc));
    } catch (Throwable e) { // one bad request (or sentence) must not end the process
      String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      return generate(g -> g.writeStartObject().write("error", message).writeEnd());
    }
  }

  /** Tokens and enhanced++ edges of every sentence (one, with ssplit.isOneSentence), indices 0-based across them. */
  private static void writeParse(JsonGenerator g, Annotation doc) {
    List<CoreMap> sentences = doc.containsKey(CoreAnnotations.SentencesAnnotation.class)
        ? doc.get(CoreAnnotations.SentencesAnnotation.class)
        : List.of();
    g.writeStartObject().writeStartArray("tokens");
    for (CoreMap sentence : sentences) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        g.writeStartArray().write(t.beginPosition()).write(t.endPosition());
        g.write(orEmpty(t.tag())).write(orEmpty(t.lemma())).write(t.ner() == null ? "O" : t.ner()).writeEnd();
      }
    }
    g.writeEnd().writeStartArray("edges");
    int offset = 0;
    for (CoreMap sentence : sentences) {
      SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (graph != null) writeEdges(g, graph, offset);
      offset += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    }
    g.writeEnd().writeEnd();
  }

  /**
   * Copy nodes of enhanced++ ("training on land and in air": a second "training" for "in air") map to
   * their original token, so their edges attach to it; the conj between a token and its own copy, now a
   * self-loop, is dropped, and repeated edges are written once.
   */
  private static void writeEdges(JsonGenerator g, SemanticGraph graph, int offset) {
    Set<String> seen = new HashSet<>();
    for (IndexedWord root : graph.getRoots()) writeEdge(g, seen, -1, offset + root.index() - 1, "root");
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      int head = offset + e.getGovernor().index() - 1;
      int dep = offset + e.getDependent().index() - 1;
      writeEdge(g, seen, head, dep, e.getRelation().toString());
    }
  }

  private static void writeEdge(JsonGenerator g, Set<String> seen, int head, int dep, String rel) {
    if (head != dep && seen.add(head + " " + dep + " " + rel)) g.writeStartArray().write(head).write(dep).write(rel).writeEnd();
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String generate(java.util.function.Consumer<JsonGenerator> body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      body.accept(g);
    }
    return text.toString();
  }
}
