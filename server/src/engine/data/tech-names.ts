// Technology and product names for the spelling rule: accepted whatever the dictionary says, and
// for the names in CASING, a wrong casing is reported ("Javascript" → "JavaScript").
//
// Provenance: our own list, written for this project from the names the projects themselves use
// (each project's own site and README spell its name this way); chosen as the languages, tools,
// services and products common on software, data and design résumés. The casing list is limited
// to names that are not also ordinary English words and whose miscasing is a known tell (the
// research notes cite "Javascript", "Postgresql" and "Github": research/resume-tools.md §3).
// The line from TechCrunch on adds well-known media, tools and companies that the cspell lists
// (scripts/build-dictionary.ts) lack, spelled as on their own sites.

const NAMES = `
JavaScript TypeScript CoffeeScript ECMAScript Node.js Deno Bun npm pnpm Yarn nvm Python CPython PyPy Cython Jython Java Kotlin Scala
Groovy Clojure Golang Rust Ruby Perl PHP Lua Haskell Erlang Elixir OCaml Fortran COBOL MATLAB Simulink LabVIEW Julia Dart
Swift Objective-C SwiftUI UIKit AppKit Xcode CocoaPods Carthage Android Gradle Maven Ant sbt Bazel Buck CMake Makefile Ninja
LLVM GCC Clang MSVC WebAssembly Wasm Solidity Vyper Verilog VHDL SystemVerilog Bash Zsh zsh PowerShell AWK sed grep
React ReactJS Redux MobX Recoil Zustand Next.js Nuxt.js Nuxt Vue Vue.js Vuex Pinia Angular AngularJS Svelte SvelteKit
SolidJS Preact Ember.js Backbone.js jQuery Lodash Underscore.js RxJS Axios D3.js Three.js Chart.js Highcharts Plotly
Tailwind TailwindCSS Bootstrap Sass SCSS PostCSS Less Stylus Webpack webpack Vite Rollup esbuild Parcel Babel SWC ESLint
Prettier TSLint Storybook Chromatic Lerna Nx Turborepo Gatsby Hugo Jekyll Eleventy Astro Remix Qwik Electron Tauri
Ionic Capacitor Cordova Xamarin Flutter React-Native Expo Jetpack Compose
Django Flask FastAPI Pyramid Tornado Celery SQLAlchemy Pydantic NumPy SciPy pandas Polars Matplotlib Seaborn Bokeh
scikit-learn sklearn PyTorch TensorFlow Keras JAX XGBoost LightGBM CatBoost spaCy NLTK Gensim Hugging OpenCV OpenGL
OpenCL CUDA cuDNN TensorRT ONNX MLflow Kubeflow Airflow Dagster Prefect Luigi dbt Jupyter JupyterLab Colab Anaconda
Conda pip Poetry pytest unittest nose tox mypy Pylint Flake8 Black Ruff Sphinx
Rails Sinatra RSpec Capybara Laravel Symfony CodeIgniter Drupal WordPress WooCommerce Magento Shopify BigCommerce
Spring SpringBoot Hibernate JPA JUnit TestNG Mockito Quarkus Micronaut Vert.x Dropwizard Tomcat Jetty WildFly JBoss
ASP.NET .NET Blazor Entity LINQ NuGet Xunit NUnit Unity Unreal Godot
Express Express.js Koa Hapi NestJS Fastify Meteor Sails.js Socket.IO GraphQL Apollo Relay Prisma TypeORM Sequelize
Mongoose Knex Drizzle tRPC gRPC Protobuf Thrift Avro Parquet ORC OpenAPI Swagger Postman Insomnia REST RESTful SOAP
WebSocket WebSockets WebRTC WebGL WebGPU OAuth OAuth2 OpenID SAML JWT LDAP Kerberos TLS SSL SSH HTTPS HTTP
JSON YAML TOML XML PDF HTML HTML5 CSS CSS3 SQL NoSQL PL/SQL T-SQL SQLite PostgreSQL Postgres MySQL MariaDB Oracle
MSSQL MongoDB DynamoDB Cassandra ScyllaDB CouchDB Couchbase CockroachDB TiDB Redis Memcached Elasticsearch OpenSearch
Solr Lucene Neo4j InfluxDB TimescaleDB ClickHouse Druid Pinot Snowflake BigQuery Redshift Databricks Presto Trino
Hive Hadoop HDFS Spark PySpark Flink Kafka Pulsar RabbitMQ ActiveMQ ZeroMQ NATS Kinesis Firehose Beam Dataflow
Dataproc Pub/Sub Looker Tableau PowerBI Qlik Alteryx Metabase Superset Grafana Kibana Prometheus Thanos Loki Jaeger
Zipkin OpenTelemetry Datadog Splunk Sentry PagerDuty Opsgenie NewRelic Honeycomb Logstash Fluentd Fluent Bit
Docker Podman containerd Kubernetes K8s k3s kubectl Helm Kustomize Istio Linkerd Envoy Consul Vault Nomad Terraform
Terragrunt Pulumi Ansible Puppet Chef SaltStack Packer Vagrant CloudFormation CDK Serverless OpenShift Rancher
Argo ArgoCD Flux Spinnaker Jenkins TeamCity Bamboo CircleCI TravisCI Buildkite Drone GitHub GitLab Bitbucket Gitea
Git Mercurial SVN Perforce Jira Confluence Trello Asana Notion Slack Linear Figma Sketch InVision Zeplin Miro Framer
Photoshop Illustrator InDesign Lightroom Premiere AfterEffects AutoCAD SolidWorks Revit Rhino Blender Maya ZBrush
AWS EC2 S3 RDS Lambda ECS EKS Fargate CloudFront CloudWatch CloudTrail Route53 IAM SQS SNS SageMaker Athena Glue EMR
Aurora ElastiCache Cognito Amplify Lightsail Azure AKS GCP GKE Cloud Run Firebase Firestore Supabase Heroku Netlify
Vercel Cloudflare DigitalOcean Linode Vultr Fly.io Render Twilio SendGrid Mailchimp Stripe PayPal Braintree Adyen Plaid
Auth0 Okta Keycloak Salesforce HubSpot Marketo Zendesk Intercom Segment Mixpanel Amplitude Hotjar Optimizely
LaunchDarkly Contentful Sanity Strapi Ghost SharePoint OneDrive OneNote PowerPoint Excel Outlook Teams QuickBooks
Xero NetSuite SAP Workday ServiceNow Dynamics Linux Ubuntu Debian CentOS RHEL Fedora Alpine Arch FreeBSD macOS iOS
iPadOS watchOS tvOS visionOS Windows iPhone iPad Raspberry Arduino ESP32 STM32 FreeRTOS Zephyr ROS Gazebo Slurm VaR
OpenAI ChatGPT GPT LLaMA LangChain LlamaIndex Pinecone Weaviate Milvus Qdrant Chroma FAISS Ollama vLLM Anthropic
LinkedIn YouTube Twitter Facebook Instagram TikTok WhatsApp Reddit Discord Telegram Snapchat Pinterest Spotify
Netflix Airbnb Uber Lyft DoorDash Instacart Zillow Dropbox Atlassian JetBrains IntelliJ PyCharm WebStorm Vim Neovim
Emacs VSCode Eclipse NetBeans Kanban Scrum SAFe DevOps DevSecOps MLOps DataOps GitOps FinOps SRE SaaS PaaS IaaS
FaaS CI/CD ETL ELT OLAP OLTP API APIs SDK SDKs CLI GUI UI UX IoT AR VR ML AI NLP LLM LLMs RAG CV GPU GPUs TPU
TechCrunch VentureBeat Mashable Engadget GeekWire TinyMCE GlassFish SonarQube Veracode Checkmarx CrowdStrike SentinelOne
Udemy Udacity edX Codecademy Kaggle LeetCode HackerRank Airtable Webflow Squarespace Canva Hootsuite Semrush Ahrefs
Gainsight Chargebee Klaviyo Sisense Fivetran Airbyte BambooHR Payoneer Klarna Brex Robinhood Coinbase Binance
`;

/** Names whose wrong casing is reported: key (lower case, no dots/hyphens/spaces) → the right spelling. */
const CASING_NAMES = `
JavaScript TypeScript CoffeeScript ECMAScript Node.js GitHub GitLab Bitbucket PostgreSQL MySQL MariaDB SQLite NoSQL
MongoDB DynamoDB CouchDB CockroachDB ClickHouse Elasticsearch OpenSearch GraphQL jQuery iOS macOS iPadOS watchOS
LinkedIn YouTube PowerShell WordPress WooCommerce PyTorch TensorFlow NumPy SciPy OAuth OpenAPI CircleCI TravisCI DevOps
DevSecOps MLOps GitOps RabbitMQ ActiveMQ ZeroMQ gRPC tRPC OpenShift CloudFormation CloudFront CloudWatch BigQuery
PySpark scikit-learn IntelliJ WebAssembly WebGL WebRTC JSON YAML PDF HTML CSS SQL AWS GCP
SaaS PaaS IaaS PHP RESTful Xcode SwiftUI CocoaPods Next.js Nuxt.js Vue.js AngularJS NestJS FastAPI Kubernetes
Terraform Ansible Grafana Kibana Datadog PagerDuty MATLAB LabVIEW OpenCV OpenGL OpenAI ChatGPT JUnit TypeORM
SharePoint OneDrive PowerPoint QuickBooks HubSpot NetSuite ServiceNow DigitalOcean Cloudflare Firebase Firestore
JetBrains PyCharm WebStorm Hadoop Databricks Jupyter JupyterLab XGBoost LightGBM LangChain LlamaIndex MXNet
Python
`;

const split = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Libraries written all in lower case as they are installed and imported ("import numpy",
 * "pip install plotly"): in lower case they read as code, not as a miscased name (the blind labels
 * of real data résumés never marked "numpy", "scipy", "matplotlib" or "plotly").
 */
export const IMPORTED_LOWER: ReadonlySet<string> = new Set(split(`
numpy scipy pandas matplotlib plotly seaborn bokeh sklearn pytorch torch tensorflow keras jupyter jupyterlab xgboost lightgbm
catboost opencv statsmodels networkx sympy nltk spacy gensim pyspark polars dplyr ggplot2 tidyverse
`));

/** The lookup key of a name or a written word: lower case, without dots, hyphens and spaces. */
export function techKey(word: string): string {
  return word.toLowerCase().replace(/[.\-\s]/g, '');
}

/** Every known name by key (for spelling: known whatever the casing). */
export const TECH_NAMES: ReadonlyMap<string, string> = new Map(split(NAMES).map((n) => [techKey(n), n]));

/** Names whose casing is checked, by key. */
export const TECH_CASING: ReadonlyMap<string, string> = new Map(split(CASING_NAMES).map((n) => [techKey(n), n]));
