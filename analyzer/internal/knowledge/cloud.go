package knowledge

// Cloud databases: Google Cloud and AWS clients.
var cloudLibraries = []Library{
	{
		Name: "google cloud",
		Constructors: []Constructor{
			{"cloud.google.com/go/spanner.NewClient", Pool, always},
			{"cloud.google.com/go/spanner.NewClientWithConfig", Pool, always},
			{"cloud.google.com/go/spanner.NewMultiEndpointClient", Pool, always},
			{"cloud.google.com/go/spanner.NewMultiEndpointClientWithConfig", Pool, always},
			{"cloud.google.com/go/firestore.NewClient", Pool, always},
			{"cloud.google.com/go/firestore.NewClientWithDatabase", Pool, always},
			{"cloud.google.com/go/firestore.NewRESTClient", Pool, always},
			{"cloud.google.com/go/datastore.NewClient", Pool, always},
			{"cloud.google.com/go/datastore.NewClientWithDatabase", Pool, always},
			{"cloud.google.com/go/bigtable.NewClient", Pool, always},
			{"cloud.google.com/go/bigtable.NewClientWithConfig", Pool, always},
		},
		ClientTypes: []string{
			"cloud.google.com/go/bigtable.Client",
			"cloud.google.com/go/datastore.Client",
			"cloud.google.com/go/firestore.Client",
			"cloud.google.com/go/spanner.Client",
		},
	},
	{
		Name: "aws dynamodb",
		Constructors: []Constructor{
			{"github.com/aws/aws-sdk-go-v2/service/dynamodb.NewFromConfig", Pool, always},
			{"github.com/aws/aws-sdk-go-v2/service/dynamodb.New", Pool, always},
			{"github.com/aws/aws-sdk-go/service/dynamodb.New", Pool, always},
		},
		ClientTypes: []string{
			"github.com/aws/aws-sdk-go-v2/service/dynamodb.Client",
			"github.com/aws/aws-sdk-go/service/dynamodb.DynamoDB",
		},
	},
	{
		// No constructor is catalogued: a sanctioned package's function
		// that returns one makes a client.
		Name:        "bigquery",
		ClientTypes: []string{"cloud.google.com/go/bigquery.Client"},
	},
}
