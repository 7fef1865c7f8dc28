package org.modelworkbench.services;

import java.nio.file.Path;
import java.util.Optional;
import org.modelworkbench.services.catalog.CatalogService;
import org.modelworkbench.services.datasets.DatasetImports;
import org.modelworkbench.services.datasets.DatasetService;
import org.modelworkbench.services.datasets.ImageGallery;
import org.modelworkbench.services.datasets.QualityService;
import org.modelworkbench.services.datasets.export.DatasetExport;
import org.modelworkbench.services.library.ModelExport;
import org.modelworkbench.services.library.ModelImports;
import org.modelworkbench.services.library.TextEncoderLibrary;
import org.modelworkbench.services.library.ModelLibrary;
import org.modelworkbench.services.library.SavedModelHeadBase;
import org.modelworkbench.services.reports.ReportService;
import org.modelworkbench.services.scoring.EvaluationService;
import org.modelworkbench.services.scoring.ModelEvaluation;
import org.modelworkbench.services.scoring.PredictionService;
import org.modelworkbench.services.training.TrainingService;
import org.modelworkbench.store.ProjectDatabase;
import org.modelworkbench.store.ProjectFile;

/**
 * One open project and the use cases on it. Open one per project folder; close it when done.
 */
public final class Workbench implements AutoCloseable {
  private final ProjectDatabase database;
  private final DatasetService datasets;
  private final DatasetImports imports;
  private final QualityService quality;
  private final TrainingService training;
  private final EvaluationService evaluation;
  private final PredictionService prediction;
  private final ReportService reports;
  private final CatalogService catalog;
  private final ModelLibrary library;
  private final ModelImports modelImports;
  private final TextEncoderLibrary textEncoders;
  private final ModelEvaluation modelEvaluation;
  private final ModelExport modelExport;
  private final ImageGallery gallery;
  private final DatasetExport datasetExport;

  private Workbench(ProjectDatabase database) {
    this.database = database;
    this.datasets = new DatasetService(database);
    this.quality = new QualityService(database);
    this.imports = new DatasetImports(database, datasets, quality);
    this.catalog = new CatalogService(database);
    this.library = new ModelLibrary(database);
    this.modelImports = new ModelImports(database);
    this.textEncoders = new TextEncoderLibrary(database);
    this.modelEvaluation = new ModelEvaluation(database, library);
    this.modelExport = new ModelExport(library, new SavedModelHeadBase(database));
    this.evaluation = new EvaluationService(database, catalog);
    this.training = new TrainingService(database, catalog, quality);
    this.prediction = new PredictionService(database, catalog);
    this.reports = new ReportService(database, catalog, datasets, evaluation);
    this.gallery = new ImageGallery(database);
    this.datasetExport = new DatasetExport(datasets);
  }

  /**
   * Opens (or creates) the project in a folder. Runs whose process died earlier are marked
   * interrupted, and the project file is written when missing.
   */
  public static Workbench open(Path projectDir) {
    return new Workbench(ProjectDatabase.open(projectDir));
  }

  /**
   * The project folder a path names: the folder of a project file ({@code Credit risk.workbench}),
   * or a folder holding a project. Empty for anything else, for example a data file or a folder
   * of pictures to import.
   */
  public static Optional<Path> projectFolderOf(Path path) {
    return ProjectFile.projectFolderOf(path);
  }

  /** Whether a path's name ends in {@code .workbench}, the extension of project files. */
  public static boolean isProjectFile(Path path) {
    return ProjectFile.isProjectFile(path);
  }

  /** The project file that names this project for the file manager ({@code <folder>/<name>.workbench}). */
  public Path projectFile() {
    return ProjectFile.of(database.projectDir());
  }

  /** The project folder. */
  public Path projectDir() {
    return database.projectDir();
  }

  /** The project's name: its folder name. */
  public String projectName() {
    Path name = database.projectDir().getFileName();
    return name == null ? database.projectDir().toString() : name.toString();
  }

  /** How many runs were found dead and marked interrupted when the project opened. */
  public int interruptedOnOpen() {
    return database.interruptedOnOpen();
  }

  /** The pictures of image datasets by class, and the files their imports left out. */
  public ImageGallery gallery() {
    return gallery;
  }

  /** Importing and browsing datasets. */
  public DatasetService datasets() {
    return datasets;
  }

  /** Exporting a dataset's rows to a CSV file or an Excel workbook. */
  public DatasetExport datasetExport() {
    return datasetExport;
  }

  /** Importing files and folders of every supported kind. */
  public DatasetImports imports() {
    return imports;
  }

  /** The data-quality check. */
  public QualityService quality() {
    return quality;
  }

  /** Training runs. */
  public TrainingService training() {
    return training;
  }

  /** Scoring a run's model on data with known targets. */
  public EvaluationService evaluation() {
    return evaluation;
  }

  /** Scoring new rows. */
  public PredictionService prediction() {
    return prediction;
  }

  /** HTML and PDF reports. */
  public ReportService reports() {
    return reports;
  }

  /** Runs, models and evaluations as stored. */
  public CatalogService catalog() {
    return catalog;
  }

  /** The model library: find models, their files, inputs and outputs, and lineage. */
  public ModelLibrary library() {
    return library;
  }

  /** Importing model files and folders into the library. */
  public ModelImports modelImports() {
    return modelImports;
  }

  /** The text encoders: the built-in ones, then the text models imported into the library. */
  public TextEncoderLibrary textEncoders() {
    return textEncoders;
  }

  /**
   * The profile of a text column, with its lengths in a text encoder's tokens and how many texts
   * that encoder would cut.
   *
   * @param encoder the encoder's name, or null for the default one
   * @param maxTokens the token limit a run would use, or 0 for the default (128, at most the model's)
   * @throws WorkbenchException when the column holds no words or the encoder is unknown
   */
  public org.modelworkbench.model.TextProfile textProfile(org.modelworkbench.model.DatasetInfo dataset,
      String column, String encoder, int maxTokens) {
    org.modelworkbench.services.library.TextEncoderSource source = encoder == null ? textEncoders.defaultEncoder()
        : textEncoders.find(encoder).orElseThrow(() -> new org.modelworkbench.model.WorkbenchException(
            "There is no text model '" + encoder + "' in the library or among the built-in ones."));
    int limit = Math.min(maxTokens > 0 ? maxTokens : 128, source.maxTokens());
    try (org.modelworkbench.services.library.TokenCounter counter =
        org.modelworkbench.services.library.TokenCounter.of(source)) {
      return datasets().textProfile(dataset, column, counter, limit);
    }
  }

  /** Evaluating a library model as it is. */
  public ModelEvaluation modelEvaluation() {
    return modelEvaluation;
  }

  /** Exporting a library model for use outside the workbench. */
  public ModelExport modelExport() {
    return modelExport;
  }

  @Override
  public void close() {
    database.close();
  }
}
