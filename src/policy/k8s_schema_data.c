/* k8s_schema_data.c: the Kubernetes 1.32 schema for AP003/AP004 (see schema.h).
 *
 * GENERATED FILE, do not edit.  Regenerate from the repository root with
 *     sh tests/schema/setup.sh && node tools/gen-k8s-schema.mjs
 * Source: the Kubernetes v1.32.0 OpenAPI models of the npm package
 * @kubernetes/client-node@1.1.3 (tests/schema/node_modules), the 1.32
 * resource.Quantity fields listed in tools/gen-k8s-schema.mjs, the
 * VerticalPodAutoscaler CRD of tests/schema/vpa-v1.json, and kubectl's `v1 List`.
 * 153 apiVersion/kinds, 616 types, 2556 fields, 796 value types. */
#include "schema.h"

/* NUL-terminated strings; offset = row * 4096 + column */
const char k8s_strtab[4][4096] = {
	{
		"apiVersion\0" "kind\0" "metadata\0" "spec\0" "status\0" "items\0" "target\0" "capacity\0"
		"maximumVolumeSize\0" "nodeTopology\0" "storageClassName\0" "aggregationRule\0" "rules\0" "roleRef\0"
		"subjects\0" "binaryData\0" "data\0" "immutable\0" "revision\0" "addressType\0" "endpoints\0" "ports\0"
		"subsets\0" "action\0" "deprecatedCount\0" "deprecatedFirstTimestamp\0" "deprecatedLastTimestamp\0"
		"deprecatedSource\0" "eventTime\0" "note\0" "reason\0" "regarding\0" "related\0" "reportingController\0"
		"reportingInstance\0" "series\0" "type\0" "count\0" "firstTimestamp\0" "involvedObject\0" "lastTimestamp\0"
		"message\0" "reportingComponent\0" "source\0" "webhooks\0" "template\0" "description\0" "globalDefault\0"
		"preemptionPolicy\0" "value\0" "handler\0" "overhead\0" "scheduling\0" "stringData\0"
		"automountServiceAccountToken\0" "imagePullSecrets\0" "secrets\0" "allowVolumeExpansion\0"
		"allowedTopologies\0" "mountOptions\0" "parameters\0" "provisioner\0" "reclaimPolicy\0" "volumeBindingMode\0"
		"driverName\0" "annotations\0" "creationTimestamp\0" "deletionGracePeriodSeconds\0" "deletionTimestamp\0"
		"finalizers\0" "generateName\0" "generation\0" "labels\0" "managedFields\0" "name\0" "namespace\0"
		"ownerReferences\0" "resourceVersion\0" "selfLink\0" "uid\0" "caBundle\0" "group\0" "groupPriorityMinimum\0"
		"insecureSkipTLSVerify\0" "service\0" "version\0" "versionPriority\0" "conditions\0" "continue\0"
		"remainingItemCount\0" "fieldPath\0" "attachRequired\0" "fsGroupPolicy\0" "podInfoOnMount\0"
		"requiresRepublish\0" "seLinuxMount\0" "storageCapacity\0" "tokenRequests\0" "volumeLifecycleModes\0"
		"drivers\0" "matchExpressions\0" "matchLabels\0" "expirationSeconds\0" "extra\0" "groups\0" "request\0"
		"signerName\0" "usages\0" "username\0" "certificate\0" "clusterRoleSelectors\0" "apiGroups\0"
		"nonResourceURLs\0" "resourceNames\0" "resources\0" "verbs\0" "apiGroup\0" "trustBundle\0"
		"concurrencyPolicy\0" "failedJobsHistoryLimit\0" "jobTemplate\0" "schedule\0" "startingDeadlineSeconds\0"
		"successfulJobsHistoryLimit\0" "suspend\0" "timeZone\0" "active\0" "lastScheduleTime\0"
		"lastSuccessfulTime\0" "conversion\0" "names\0" "preserveUnknownFields\0" "scope\0" "versions\0"
		"acceptedNames\0" "storedVersions\0" "minReadySeconds\0" "revisionHistoryLimit\0" "selector\0"
		"updateStrategy\0" "collisionCount\0" "currentNumberScheduled\0" "desiredNumberScheduled\0"
		"numberAvailable\0" "numberMisscheduled\0" "numberReady\0" "numberUnavailable\0" "observedGeneration\0"
		"updatedNumberScheduled\0" "paused\0" "progressDeadlineSeconds\0" "replicas\0" "strategy\0"
		"availableReplicas\0" "readyReplicas\0" "unavailableReplicas\0" "updatedReplicas\0" "config\0" "selectors\0"
		"addresses\0" "deprecatedTopology\0" "hints\0" "hostname\0" "nodeName\0" "targetRef\0" "zone\0"
		"appProtocol\0" "port\0" "protocol\0" "notReadyAddresses\0" "component\0" "host\0" "lastObservedTime\0"
		"distinguisherMethod\0" "matchingPrecedence\0" "priorityLevelConfiguration\0" "maxReplicas\0" "minReplicas\0"
		"scaleTargetRef\0" "targetCPUUtilizationPercentage\0" "currentCPUUtilizationPercentage\0" "currentReplicas\0"
		"desiredReplicas\0" "lastScaleTime\0" "behavior\0" "metrics\0" "currentMetrics\0" "parentRef\0"
		"defaultBackend\0" "ingressClassName\0" "tls\0" "loadBalancer\0" "controller\0" "activeDeadlineSeconds\0"
		"backoffLimit\0" "backoffLimitPerIndex\0" "completionMode\0" "completions\0" "managedBy\0" "manualSelector\0"
		"maxFailedIndexes\0" "parallelism\0" "podFailurePolicy\0" "podReplacementPolicy\0" "successPolicy\0"
		"ttlSecondsAfterFinished\0" "completedIndexes\0" "completionTime\0" "failed\0" "failedIndexes\0" "ready\0"
		"startTime\0" "succeeded\0" "terminating\0" "uncountedTerminatedPods\0" "acquireTime\0" "holderIdentity\0"
		"leaseDurationSeconds\0" "leaseTransitions\0" "preferredHolder\0" "renewTime\0" "binaryVersion\0"
		"emulationVersion\0" "leaseName\0" "pingTime\0" "limits\0" "nonResourceAttributes\0" "resourceAttributes\0"
		"user\0" "allowed\0" "denied\0" "evaluationError\0" "failurePolicy\0" "matchConditions\0"
		"matchConstraints\0" "mutations\0" "paramKind\0" "reinvocationPolicy\0" "variables\0" "matchResources\0"
		"paramRef\0" "policyName\0" "admissionReviewVersions\0" "clientConfig\0" "matchPolicy\0"
		"namespaceSelector\0" "objectSelector\0" "sideEffects\0" "timeoutSeconds\0" "phase\0" "egress\0" "ingress\0"
		"podSelector\0" "policyTypes\0" "configSource\0" "externalID\0" "podCIDR\0" "podCIDRs\0" "providerID\0"
		"taints\0" "unschedulable\0" "allocatable\0" "daemonEndpoints\0" "features\0" "images\0" "nodeInfo\0"
		"runtimeHandlers\0" "volumesAttached\0" "volumesInUse\0" "accessModes\0" "awsElasticBlockStore\0"
		"azureDisk\0" "azureFile\0" "cephfs\0" "cinder\0" "claimRef\0" "csi\0" "fc\0" "flexVolume\0" "flocker\0"
		"gcePersistentDisk\0" "glusterfs\0" "hostPath\0" "iscsi\0" "local\0" "nfs\0" "nodeAffinity\0"
		"persistentVolumeReclaimPolicy\0" "photonPersistentDisk\0" "portworxVolume\0" "quobyte\0" "rbd\0" "scaleIO\0"
		"storageos\0" "volumeAttributesClassName\0" "volumeMode\0" "vsphereVolume\0" "lastPhaseTransitionTime\0"
		"dataSource\0" "dataSourceRef\0" "volumeName\0" "allocatedResourceStatuses\0" "allocatedResources\0"
		"currentVolumeAttributesClassName\0" "modifyVolumeStatus\0" "affinity\0" "containers\0" "dnsConfig\0"
		"dnsPolicy\0" "enableServiceLinks\0" "ephemeralContainers\0" "hostAliases\0" "hostIPC\0"
	},
	{
		"hostNetwork\0" "hostPID\0" "hostUsers\0" "initContainers\0" "nodeSelector\0" "os\0" "priority\0"
		"priorityClassName\0" "readinessGates\0" "resourceClaims\0" "restartPolicy\0" "runtimeClassName\0"
		"schedulerName\0" "schedulingGates\0" "securityContext\0" "serviceAccount\0" "serviceAccountName\0"
		"setHostnameAsFQDN\0" "shareProcessNamespace\0" "subdomain\0" "terminationGracePeriodSeconds\0"
		"tolerations\0" "topologySpreadConstraints\0" "volumes\0" "containerStatuses\0"
		"ephemeralContainerStatuses\0" "hostIP\0" "hostIPs\0" "initContainerStatuses\0" "nominatedNodeName\0"
		"podIP\0" "podIPs\0" "qosClass\0" "resize\0" "resourceClaimStatuses\0" "maxUnavailable\0" "minAvailable\0"
		"unhealthyPodEvictionPolicy\0" "currentHealthy\0" "desiredHealthy\0" "disruptedPods\0" "disruptionsAllowed\0"
		"expectedPods\0" "exempt\0" "limited\0" "fullyLabeledReplicas\0" "devices\0" "allocation\0" "reservedFor\0"
		"hard\0" "scopeSelector\0" "scopes\0" "used\0" "allNodes\0" "driver\0" "pool\0" "podFixed\0" "userInfo\0"
		"incomplete\0" "nonResourceRules\0" "resourceRules\0" "allocateLoadBalancerNodePorts\0" "clusterIP\0"
		"clusterIPs\0" "externalIPs\0" "externalName\0" "externalTrafficPolicy\0" "healthCheckNodePort\0"
		"internalTrafficPolicy\0" "ipFamilies\0" "ipFamilyPolicy\0" "loadBalancerClass\0" "loadBalancerIP\0"
		"loadBalancerSourceRanges\0" "publishNotReadyAddresses\0" "sessionAffinity\0" "sessionAffinityConfig\0"
		"trafficDistribution\0" "cidrs\0" "ordinals\0" "persistentVolumeClaimRetentionPolicy\0"
		"podManagementPolicy\0" "serviceName\0" "volumeClaimTemplates\0" "currentRevision\0" "updateRevision\0"
		"matchLabelExpressions\0" "commonEncodingVersion\0" "storageVersions\0" "continueToken\0" "resource\0"
		"audiences\0" "token\0" "authenticated\0" "error\0" "auditAnnotations\0" "validations\0" "typeChecking\0"
		"validationActions\0" "recommenders\0" "resourcePolicy\0" "startupBoost\0" "updatePolicy\0"
		"recommendation\0" "attacher\0" "attachError\0" "attached\0" "attachmentMetadata\0" "detachError\0"
		"fieldsType\0" "fieldsV1\0" "manager\0" "operation\0" "subresource\0" "time\0" "blockOwnerDeletion\0"
		"lastTransitionTime\0" "audience\0" "nodeID\0" "topologyKeys\0" "key\0" "operator\0" "values\0"
		"lastUpdateTime\0" "webhook\0" "categories\0" "listKind\0" "plural\0" "shortNames\0" "singular\0"
		"additionalPrinterColumns\0" "deprecated\0" "deprecationWarning\0" "schema\0" "selectableFields\0" "served\0"
		"storage\0" "subresources\0" "rollingUpdate\0" "opaque\0" "cel\0" "serving\0" "forZones\0" "ip\0"
		"scaleDown\0" "scaleUp\0" "containerResource\0" "external\0" "object\0" "pods\0" "http\0" "hosts\0"
		"secretName\0" "lastProbeTime\0" "default\0" "defaultRequest\0" "max\0" "maxLimitRequestRatio\0" "min\0"
		"path\0" "verb\0" "fieldSelector\0" "labelSelector\0" "expression\0" "excludeResourceRules\0"
		"applyConfiguration\0" "jsonPatch\0" "patchType\0" "parameterNotFoundAction\0" "url\0" "apiVersions\0"
		"operations\0" "to\0" "from\0" "configMap\0" "effect\0" "timeAdded\0" "address\0" "lastHeartbeatTime\0"
		"assigned\0" "lastKnownGood\0" "kubeletEndpoint\0" "supplementalGroupsPolicy\0" "sizeBytes\0"
		"architecture\0" "bootID\0" "containerRuntimeVersion\0" "kernelVersion\0" "kubeProxyVersion\0"
		"kubeletVersion\0" "machineID\0" "operatingSystem\0" "osImage\0" "systemUUID\0" "devicePath\0" "fsType\0"
		"partition\0" "readOnly\0" "volumeID\0" "cachingMode\0" "diskName\0" "diskURI\0" "secretNamespace\0"
		"shareName\0" "monitors\0" "secretFile\0" "secretRef\0" "controllerExpandSecretRef\0"
		"controllerPublishSecretRef\0" "nodeExpandSecretRef\0" "nodePublishSecretRef\0" "nodeStageSecretRef\0"
		"volumeAttributes\0" "volumeHandle\0" "lun\0" "targetWWNs\0" "wwids\0" "options\0" "datasetName\0"
		"datasetUUID\0" "pdName\0" "endpointsNamespace\0" "chapAuthDiscovery\0" "chapAuthSession\0" "initiatorName\0"
		"iqn\0" "iscsiInterface\0" "portals\0" "targetPortal\0" "server\0" "required\0" "pdID\0" "registry\0"
		"tenant\0" "volume\0" "image\0" "keyring\0" "gateway\0" "protectionDomain\0" "sslEnabled\0" "storageMode\0"
		"storagePool\0" "system\0" "volumeNamespace\0" "storagePolicyID\0" "storagePolicyName\0" "volumePath\0"
		"requests\0" "targetVolumeAttributesClassName\0" "podAffinity\0" "podAntiAffinity\0" "args\0" "command\0"
		"env\0" "envFrom\0" "imagePullPolicy\0" "lifecycle\0" "livenessProbe\0" "readinessProbe\0" "resizePolicy\0"
		"startupProbe\0" "stdin\0" "stdinOnce\0" "terminationMessagePath\0" "terminationMessagePolicy\0" "tty\0"
		"volumeDevices\0" "volumeMounts\0" "workingDir\0" "nameservers\0" "searches\0" "targetContainerName\0"
		"hostnames\0" "conditionType\0" "resourceClaimName\0" "resourceClaimTemplateName\0" "claims\0"
		"appArmorProfile\0" "fsGroup\0" "fsGroupChangePolicy\0" "runAsGroup\0" "runAsNonRoot\0" "runAsUser\0"
		"seLinuxChangePolicy\0" "seLinuxOptions\0" "seccompProfile\0" "supplementalGroups\0" "sysctls\0"
		"windowsOptions\0" "tolerationSeconds\0" "matchLabelKeys\0" "maxSkew\0" "minDomains\0" "nodeAffinityPolicy\0"
		"nodeTaintsPolicy\0" "topologyKey\0" "whenUnsatisfiable\0" "downwardAPI\0" "emptyDir\0" "ephemeral\0"
		"gitRepo\0" "persistentVolumeClaim\0" "projected\0" "secret\0" "allocatedResourcesStatus\0" "containerID\0"
		"imageID\0" "lastState\0" "restartCount\0" "started\0" "state\0" "lendablePercent\0"
		"nominalConcurrencyShares\0" "borrowingLimitPercent\0" "limitResponse\0" "constraints\0" "device\0"
		"networkData\0" "basic\0"
	},
	{
		"nodeSelectorTerms\0" "resourceSliceCount\0" "nodePort\0" "targetPort\0" "clientIP\0" "start\0"
		"whenDeleted\0" "whenScaled\0" "apiServerID\0" "decodableVersions\0" "encodingVersion\0" "servedVersions\0"
		"valueExpression\0" "messageExpression\0" "expressionWarnings\0" "evictAfterOOMSeconds\0"
		"evictionRequirements\0" "updateMode\0" "Off\0" "Initial\0" "Recreate\0" "InPlaceOrRecreate\0" "InPlace\0"
		"Auto\0" "containerPolicies\0" "cpu\0" "containerRecommendations\0" "inlineVolumeSpec\0"
		"persistentVolumeName\0" "conversionReviewVersions\0" "format\0" "jsonPath\0" "openAPIV3Schema\0" "scale\0"
		"maxSurge\0" "clusterScope\0" "namespaces\0" "policies\0" "selectPolicy\0" "stabilizationWindowSeconds\0"
		"container\0" "metric\0" "describedObject\0" "current\0" "paths\0" "onExitCodes\0" "onPodConditions\0"
		"succeededCount\0" "succeededIndexes\0" "rawSelector\0" "requirements\0" "endPort\0" "ipBlock\0"
		"kubeletConfigKey\0" "Port\0" "recursiveReadOnlyMounts\0" "userNamespaces\0"
		"preferredDuringSchedulingIgnoredDuringExecution\0" "requiredDuringSchedulingIgnoredDuringExecution\0"
		"valueFrom\0" "configMapRef\0" "prefix\0" "postStart\0" "preStop\0" "exec\0" "failureThreshold\0" "grpc\0"
		"httpGet\0" "initialDelaySeconds\0" "periodSeconds\0" "successThreshold\0" "tcpSocket\0" "containerPort\0"
		"hostPort\0" "resourceName\0" "allowPrivilegeEscalation\0" "capabilities\0" "privileged\0" "procMount\0"
		"readOnlyRootFilesystem\0" "mountPath\0" "mountPropagation\0" "recursiveReadOnly\0" "subPath\0"
		"subPathExpr\0" "localhostProfile\0" "level\0" "role\0" "gmsaCredentialSpec\0" "gmsaCredentialSpecName\0"
		"hostProcess\0" "runAsUserName\0" "defaultMode\0" "optional\0" "medium\0" "sizeLimit\0"
		"volumeClaimTemplate\0" "directory\0" "repository\0" "pullPolicy\0" "reference\0" "claimName\0" "sources\0"
		"running\0" "terminated\0" "waiting\0" "linux\0" "queuing\0" "matchAttribute\0" "adminAccess\0"
		"allocationMode\0" "deviceClassName\0" "results\0" "hardwareAddress\0" "interfaceName\0" "ips\0"
		"scopeName\0" "attributes\0" "matchFields\0" "ipMode\0" "fieldRef\0" "warning\0" "changeRequirement\0"
		"TargetHigherThanRequests\0" "TargetLowerThanRequests\0" "containerName\0" "controlledResources\0"
		"controlledValues\0" "RequestsAndLimits\0" "RequestsOnly\0" "maxAllowed\0" "memoryAggregationIntervalCount\0"
		"memoryAggregationIntervalSeconds\0" "minAllowed\0" "mode\0" "oomBumpUpRatio\0" "oomMinBumpUp\0"
		"targetCPUPercentile\0" "targetMemoryPercentile\0" "durationSeconds\0" "factor\0" "quantity\0" "Factor\0"
		"Quantity\0" "lowerBound\0" "uncappedTarget\0" "upperBound\0" "$ref\0" "$schema\0" "additionalItems\0"
		"additionalProperties\0" "allOf\0" "anyOf\0" "definitions\0" "dependencies\0" "enum\0" "example\0"
		"exclusiveMaximum\0" "exclusiveMinimum\0" "externalDocs\0" "id\0" "maxItems\0" "maxLength\0"
		"maxProperties\0" "maximum\0" "minItems\0" "minLength\0" "minProperties\0" "minimum\0" "multipleOf\0" "not\0"
		"nullable\0" "oneOf\0" "pattern\0" "patternProperties\0" "properties\0" "title\0" "uniqueItems\0"
		"x-kubernetes-embedded-resource\0" "x-kubernetes-int-or-string\0" "x-kubernetes-list-map-keys\0"
		"x-kubernetes-list-type\0" "x-kubernetes-map-type\0" "x-kubernetes-preserve-unknown-fields\0"
		"x-kubernetes-validations\0" "labelSelectorPath\0" "specReplicasPath\0" "statusReplicasPath\0"
		"averageUtilization\0" "averageValue\0" "number\0" "backend\0" "pathType\0" "cidr\0" "except\0"
		"preference\0" "weight\0" "podAffinityTerm\0" "mismatchLabelKeys\0" "configMapKeyRef\0" "resourceFieldRef\0"
		"secretKeyRef\0" "sleep\0" "httpHeaders\0" "scheme\0" "add\0" "drop\0" "clusterTrustBundle\0"
		"serviceAccountToken\0" "health\0" "resourceID\0" "startedAt\0" "exitCode\0" "finishedAt\0" "signal\0"
		"gid\0" "handSize\0" "queueLengthLimit\0" "queues\0" "bool\0" "int\0" "string\0" "optionalOldSelf\0" "rule\0"
		"divisor\0" "seconds\0" "apiregistration.k8s.io/v1\0" "APIService\0" "APIServiceList\0" "v1\0" "Binding\0"
		"storage.k8s.io/v1\0" "CSIDriver\0" "CSIDriverList\0" "CSINode\0" "CSINodeList\0" "CSIStorageCapacity\0"
		"CSIStorageCapacityList\0" "certificates.k8s.io/v1\0" "CertificateSigningRequest\0"
		"CertificateSigningRequestList\0" "rbac.authorization.k8s.io/v1\0" "ClusterRole\0" "ClusterRoleBinding\0"
		"ClusterRoleBindingList\0" "ClusterRoleList\0" "certificates.k8s.io/v1alpha1\0" "ClusterTrustBundle\0"
		"ClusterTrustBundleList\0" "ConfigMap\0" "ConfigMapList\0" "apps/v1\0" "ControllerRevision\0"
		"ControllerRevisionList\0" "batch/v1\0" "CronJob\0" "CronJobList\0" "apiextensions.k8s.io/v1\0"
		"CustomResourceDefinition\0" "CustomResourceDefinitionList\0" "DaemonSet\0" "DaemonSetList\0" "Deployment\0"
		"DeploymentList\0" "resource.k8s.io/v1alpha3\0" "DeviceClass\0" "resource.k8s.io/v1beta1\0"
		"DeviceClassList\0" "discovery.k8s.io/v1\0" "EndpointSlice\0" "EndpointSliceList\0" "Endpoints\0"
		"EndpointsList\0" "events.k8s.io/v1\0" "Event\0" "EventList\0" "flowcontrol.apiserver.k8s.io/v1\0"
		"FlowSchema\0" "FlowSchemaList\0" "autoscaling/v1\0" "HorizontalPodAutoscaler\0" "autoscaling/v2\0"
		"HorizontalPodAutoscalerList\0" "networking.k8s.io/v1beta1\0" "IPAddress\0" "IPAddressList\0"
		"networking.k8s.io/v1\0" "Ingress\0" "IngressClass\0" "IngressClassList\0" "IngressList\0" "Job\0"
		"JobList\0" "coordination.k8s.io/v1\0" "Lease\0" "coordination.k8s.io/v1alpha2\0"
	},
	{
		"LeaseCandidate\0" "LeaseCandidateList\0" "LeaseList\0" "LimitRange\0" "LimitRangeList\0" "List\0"
		"authorization.k8s.io/v1\0" "LocalSubjectAccessReview\0" "admissionregistration.k8s.io/v1alpha1\0"
		"MutatingAdmissionPolicy\0" "MutatingAdmissionPolicyBinding\0" "MutatingAdmissionPolicyBindingList\0"
		"MutatingAdmissionPolicyList\0" "admissionregistration.k8s.io/v1\0" "MutatingWebhookConfiguration\0"
		"MutatingWebhookConfigurationList\0" "Namespace\0" "NamespaceList\0" "NetworkPolicy\0" "NetworkPolicyList\0"
		"Node\0" "NodeList\0" "PersistentVolume\0" "PersistentVolumeClaim\0" "PersistentVolumeClaimList\0"
		"PersistentVolumeList\0" "Pod\0" "policy/v1\0" "PodDisruptionBudget\0" "PodDisruptionBudgetList\0"
		"PodList\0" "PodTemplate\0" "PodTemplateList\0" "scheduling.k8s.io/v1\0" "PriorityClass\0"
		"PriorityClassList\0" "PriorityLevelConfiguration\0" "PriorityLevelConfigurationList\0" "ReplicaSet\0"
		"ReplicaSetList\0" "ReplicationController\0" "ReplicationControllerList\0" "ResourceClaim\0"
		"ResourceClaimList\0" "ResourceClaimTemplate\0" "ResourceClaimTemplateList\0" "ResourceQuota\0"
		"ResourceQuotaList\0" "ResourceSlice\0" "ResourceSliceList\0" "Role\0" "RoleBinding\0" "RoleBindingList\0"
		"RoleList\0" "node.k8s.io/v1\0" "RuntimeClass\0" "RuntimeClassList\0" "Secret\0" "SecretList\0"
		"SelfSubjectAccessReview\0" "authentication.k8s.io/v1\0" "SelfSubjectReview\0"
		"authentication.k8s.io/v1beta1\0" "SelfSubjectRulesReview\0" "Service\0" "ServiceAccount\0"
		"ServiceAccountList\0" "ServiceCIDR\0" "ServiceCIDRList\0" "ServiceList\0" "StatefulSet\0"
		"StatefulSetList\0" "StorageClass\0" "StorageClassList\0" "internal.apiserver.k8s.io/v1alpha1\0"
		"StorageVersion\0" "StorageVersionList\0" "storagemigration.k8s.io/v1alpha1\0" "StorageVersionMigration\0"
		"StorageVersionMigrationList\0" "SubjectAccessReview\0" "TokenReview\0" "ValidatingAdmissionPolicy\0"
		"admissionregistration.k8s.io/v1beta1\0" "ValidatingAdmissionPolicyBinding\0"
		"ValidatingAdmissionPolicyBindingList\0" "ValidatingAdmissionPolicyList\0" "ValidatingWebhookConfiguration\0"
		"ValidatingWebhookConfigurationList\0" "autoscaling.k8s.io/v1\0" "VerticalPodAutoscaler\0"
		"VerticalPodAutoscalerList\0" "VolumeAttachment\0" "VolumeAttachmentList\0" "storage.k8s.io/v1alpha1\0"
		"VolumeAttributesClass\0" "storage.k8s.io/v1beta1\0" "VolumeAttributesClassList\0"
	},
};

const uint16_t k8s_enum_vals[] = {
	8454, 8458, 8466, 8475, 8493, 8501, 9797, 9822, 9897, 9915, 8501, 8454, 10122, 10129,
};
const struct k8s_enum k8s_enums[] = {
	{0, 6}, /* Off Initial Recreate InPlaceOrRecreate InPlace Auto */
	{6, 2}, /* TargetHigherThanRequests TargetLowerThanRequests */
	{8, 2}, /* RequestsAndLimits RequestsOnly */
	{10, 2}, /* Auto Off */
	{12, 2}, /* Factor Quantity */
};

const struct k8s_vt k8s_vts[] = {
	{K8S_STRING, 0, 0, 0}, /* 0: string */
	{K8S_OBJECT, 0, 0, 153}, /* 1: V1ObjectMeta */
	{K8S_OBJECT, 0, 0, 154}, /* 2: V1APIServiceSpec */
	{K8S_OBJECT, 0, 0, 155}, /* 3: V1APIServiceStatus */
	{K8S_OBJECT, 0, 0, 0}, /* 4: V1APIService */
	{K8S_ARRAY, 0, 0, 4}, /* 5: []V1APIService */
	{K8S_OBJECT, 0, 0, 156}, /* 6: V1ListMeta */
	{K8S_OBJECT, 0, 0, 157}, /* 7: V1ObjectReference */
	{K8S_OBJECT, 0, 0, 158}, /* 8: V1CSIDriverSpec */
	{K8S_OBJECT, 0, 0, 3}, /* 9: V1CSIDriver */
	{K8S_ARRAY, 0, 0, 9}, /* 10: []V1CSIDriver */
	{K8S_OBJECT, 0, 0, 159}, /* 11: V1CSINodeSpec */
	{K8S_OBJECT, 0, 0, 5}, /* 12: V1CSINode */
	{K8S_ARRAY, 0, 0, 12}, /* 13: []V1CSINode */
	{K8S_QUANTITY, 0, 0, 0}, /* 14: quantity */
	{K8S_OBJECT, 0, 0, 160}, /* 15: V1LabelSelector */
	{K8S_OBJECT, 0, 0, 7}, /* 16: V1CSIStorageCapacity */
	{K8S_ARRAY, 0, 0, 16}, /* 17: []V1CSIStorageCapacity */
	{K8S_OBJECT, 0, 0, 161}, /* 18: V1CertificateSigningRequestSpec */
	{K8S_OBJECT, 0, 0, 162}, /* 19: V1CertificateSigningRequestStatus */
	{K8S_OBJECT, 0, 0, 9}, /* 20: V1CertificateSigningRequest */
	{K8S_ARRAY, 0, 0, 20}, /* 21: []V1CertificateSigningRequest */
	{K8S_OBJECT, 0, 0, 163}, /* 22: V1AggregationRule */
	{K8S_OBJECT, 0, 0, 164}, /* 23: V1PolicyRule */
	{K8S_ARRAY, 0, 0, 23}, /* 24: []V1PolicyRule */
	{K8S_OBJECT, 0, 0, 165}, /* 25: V1RoleRef */
	{K8S_OBJECT, 0, 0, 166}, /* 26: RbacV1Subject */
	{K8S_ARRAY, 0, 0, 26}, /* 27: []RbacV1Subject */
	{K8S_OBJECT, 0, 0, 12}, /* 28: V1ClusterRoleBinding */
	{K8S_ARRAY, 0, 0, 28}, /* 29: []V1ClusterRoleBinding */
	{K8S_OBJECT, 0, 0, 11}, /* 30: V1ClusterRole */
	{K8S_ARRAY, 0, 0, 30}, /* 31: []V1ClusterRole */
	{K8S_OBJECT, 0, 0, 167}, /* 32: V1alpha1ClusterTrustBundleSpec */
	{K8S_OBJECT, 0, 0, 15}, /* 33: V1alpha1ClusterTrustBundle */
	{K8S_ARRAY, 0, 0, 33}, /* 34: []V1alpha1ClusterTrustBundle */
	{K8S_BYTE, 0, 0, 0}, /* 35: byte */
	{K8S_MAP, 0, 0, 35}, /* 36: map[string]byte */
	{K8S_MAP, 0, 0, 0}, /* 37: map[string]string */
	{K8S_BOOL, 0, 0, 0}, /* 38: bool */
	{K8S_OBJECT, 0, 0, 17}, /* 39: V1ConfigMap */
	{K8S_ARRAY, 0, 0, 39}, /* 40: []V1ConfigMap */
	{K8S_ANY, 0, 0, 0}, /* 41: any */
	{K8S_INT64, 0, 0, 0}, /* 42: int64 */
	{K8S_OBJECT, 0, 0, 19}, /* 43: V1ControllerRevision */
	{K8S_ARRAY, 0, 0, 43}, /* 44: []V1ControllerRevision */
	{K8S_OBJECT, 0, 0, 168}, /* 45: V1CronJobSpec */
	{K8S_OBJECT, 0, 0, 169}, /* 46: V1CronJobStatus */
	{K8S_OBJECT, 0, 0, 21}, /* 47: V1CronJob */
	{K8S_ARRAY, 0, 0, 47}, /* 48: []V1CronJob */
	{K8S_OBJECT, 0, 0, 170}, /* 49: V1CustomResourceDefinitionSpec */
	{K8S_OBJECT, 0, 0, 171}, /* 50: V1CustomResourceDefinitionStatus */
	{K8S_OBJECT, 0, 0, 23}, /* 51: V1CustomResourceDefinition */
	{K8S_ARRAY, 0, 0, 51}, /* 52: []V1CustomResourceDefinition */
	{K8S_OBJECT, 0, 0, 172}, /* 53: V1DaemonSetSpec */
	{K8S_OBJECT, 0, 0, 173}, /* 54: V1DaemonSetStatus */
	{K8S_OBJECT, 0, 0, 25}, /* 55: V1DaemonSet */
	{K8S_ARRAY, 0, 0, 55}, /* 56: []V1DaemonSet */
	{K8S_OBJECT, 0, 0, 174}, /* 57: V1DeploymentSpec */
	{K8S_OBJECT, 0, 0, 175}, /* 58: V1DeploymentStatus */
	{K8S_OBJECT, 0, 0, 27}, /* 59: V1Deployment */
	{K8S_ARRAY, 0, 0, 59}, /* 60: []V1Deployment */
	{K8S_OBJECT, 0, 0, 176}, /* 61: V1alpha3DeviceClassSpec */
	{K8S_OBJECT, 0, 0, 177}, /* 62: V1beta1DeviceClassSpec */
	{K8S_OBJECT, 0, 0, 29}, /* 63: V1alpha3DeviceClass */
	{K8S_ARRAY, 0, 0, 63}, /* 64: []V1alpha3DeviceClass */
	{K8S_OBJECT, 0, 0, 30}, /* 65: V1beta1DeviceClass */
	{K8S_ARRAY, 0, 0, 65}, /* 66: []V1beta1DeviceClass */
	{K8S_OBJECT, 0, 0, 178}, /* 67: V1Endpoint */
	{K8S_ARRAY, 0, 0, 67}, /* 68: []V1Endpoint */
	{K8S_OBJECT, 0, 0, 179}, /* 69: DiscoveryV1EndpointPort */
	{K8S_ARRAY, 0, 0, 69}, /* 70: []DiscoveryV1EndpointPort */
	{K8S_OBJECT, 0, 0, 33}, /* 71: V1EndpointSlice */
	{K8S_ARRAY, 0, 0, 71}, /* 72: []V1EndpointSlice */
	{K8S_OBJECT, 0, 0, 180}, /* 73: V1EndpointSubset */
	{K8S_ARRAY, 0, 0, 73}, /* 74: []V1EndpointSubset */
	{K8S_OBJECT, 0, 0, 35}, /* 75: V1Endpoints */
	{K8S_ARRAY, 0, 0, 75}, /* 76: []V1Endpoints */
	{K8S_INT32, 0, 0, 0}, /* 77: int32 */
	{K8S_DATETIME, 0, 0, 0}, /* 78: datetime */
	{K8S_OBJECT, 0, 0, 181}, /* 79: V1EventSource */
	{K8S_OBJECT, 0, 0, 182}, /* 80: EventsV1EventSeries */
	{K8S_OBJECT, 0, 0, 183}, /* 81: CoreV1EventSeries */
	{K8S_OBJECT, 0, 0, 37}, /* 82: EventsV1Event */
	{K8S_ARRAY, 0, 0, 82}, /* 83: []EventsV1Event */
	{K8S_OBJECT, 0, 0, 38}, /* 84: CoreV1Event */
	{K8S_ARRAY, 0, 0, 84}, /* 85: []CoreV1Event */
	{K8S_OBJECT, 0, 0, 184}, /* 86: V1FlowSchemaSpec */
	{K8S_OBJECT, 0, 0, 185}, /* 87: V1FlowSchemaStatus */
	{K8S_OBJECT, 0, 0, 41}, /* 88: V1FlowSchema */
	{K8S_ARRAY, 0, 0, 88}, /* 89: []V1FlowSchema */
	{K8S_OBJECT, 0, 0, 186}, /* 90: V1HorizontalPodAutoscalerSpec */
	{K8S_OBJECT, 0, 0, 187}, /* 91: V1HorizontalPodAutoscalerStatus */
	{K8S_OBJECT, 0, 0, 188}, /* 92: V2HorizontalPodAutoscalerSpec */
	{K8S_OBJECT, 0, 0, 189}, /* 93: V2HorizontalPodAutoscalerStatus */
	{K8S_OBJECT, 0, 0, 43}, /* 94: V1HorizontalPodAutoscaler */
	{K8S_ARRAY, 0, 0, 94}, /* 95: []V1HorizontalPodAutoscaler */
	{K8S_OBJECT, 0, 0, 44}, /* 96: V2HorizontalPodAutoscaler */
	{K8S_ARRAY, 0, 0, 96}, /* 97: []V2HorizontalPodAutoscaler */
	{K8S_OBJECT, 0, 0, 190}, /* 98: V1beta1IPAddressSpec */
	{K8S_OBJECT, 0, 0, 47}, /* 99: V1beta1IPAddress */
	{K8S_ARRAY, 0, 0, 99}, /* 100: []V1beta1IPAddress */
	{K8S_OBJECT, 0, 0, 191}, /* 101: V1IngressSpec */
	{K8S_OBJECT, 0, 0, 192}, /* 102: V1IngressStatus */
	{K8S_OBJECT, 0, 0, 193}, /* 103: V1IngressClassSpec */
	{K8S_OBJECT, 0, 0, 50}, /* 104: V1IngressClass */
	{K8S_ARRAY, 0, 0, 104}, /* 105: []V1IngressClass */
	{K8S_OBJECT, 0, 0, 49}, /* 106: V1Ingress */
	{K8S_ARRAY, 0, 0, 106}, /* 107: []V1Ingress */
	{K8S_OBJECT, 0, 0, 194}, /* 108: V1JobSpec */
	{K8S_OBJECT, 0, 0, 195}, /* 109: V1JobStatus */
	{K8S_OBJECT, 0, 0, 53}, /* 110: V1Job */
	{K8S_ARRAY, 0, 0, 110}, /* 111: []V1Job */
	{K8S_OBJECT, 0, 0, 196}, /* 112: V1LeaseSpec */
	{K8S_OBJECT, 0, 0, 197}, /* 113: V1alpha2LeaseCandidateSpec */
	{K8S_OBJECT, 0, 0, 56}, /* 114: V1alpha2LeaseCandidate */
	{K8S_ARRAY, 0, 0, 114}, /* 115: []V1alpha2LeaseCandidate */
	{K8S_OBJECT, 0, 0, 55}, /* 116: V1Lease */
	{K8S_ARRAY, 0, 0, 116}, /* 117: []V1Lease */
	{K8S_OBJECT, 0, 0, 198}, /* 118: V1LimitRangeSpec */
	{K8S_OBJECT, 0, 0, 59}, /* 119: V1LimitRange */
	{K8S_ARRAY, 0, 0, 119}, /* 120: []V1LimitRange */
	{K8S_EMBEDDED, 0, 0, 0}, /* 121: embedded */
	{K8S_ARRAY, 0, 0, 121}, /* 122: []embedded */
	{K8S_OBJECT, 0, 0, 199}, /* 123: V1SubjectAccessReviewSpec */
	{K8S_OBJECT, 0, 0, 200}, /* 124: V1SubjectAccessReviewStatus */
	{K8S_OBJECT, 0, 0, 201}, /* 125: V1alpha1MutatingAdmissionPolicySpec */
	{K8S_OBJECT, 0, 0, 202}, /* 126: V1alpha1MutatingAdmissionPolicyBindingSpec */
	{K8S_OBJECT, 0, 0, 64}, /* 127: V1alpha1MutatingAdmissionPolicyBinding */
	{K8S_ARRAY, 0, 0, 127}, /* 128: []V1alpha1MutatingAdmissionPolicyBinding */
	{K8S_OBJECT, 0, 0, 63}, /* 129: V1alpha1MutatingAdmissionPolicy */
	{K8S_ARRAY, 0, 0, 129}, /* 130: []V1alpha1MutatingAdmissionPolicy */
	{K8S_OBJECT, 0, 0, 203}, /* 131: V1MutatingWebhook */
	{K8S_ARRAY, 0, 0, 131}, /* 132: []V1MutatingWebhook */
	{K8S_OBJECT, 0, 0, 67}, /* 133: V1MutatingWebhookConfiguration */
	{K8S_ARRAY, 0, 0, 133}, /* 134: []V1MutatingWebhookConfiguration */
	{K8S_OBJECT, 0, 0, 204}, /* 135: V1NamespaceSpec */
	{K8S_OBJECT, 0, 0, 205}, /* 136: V1NamespaceStatus */
	{K8S_OBJECT, 0, 0, 69}, /* 137: V1Namespace */
	{K8S_ARRAY, 0, 0, 137}, /* 138: []V1Namespace */
	{K8S_OBJECT, 0, 0, 206}, /* 139: V1NetworkPolicySpec */
	{K8S_OBJECT, 0, 0, 71}, /* 140: V1NetworkPolicy */
	{K8S_ARRAY, 0, 0, 140}, /* 141: []V1NetworkPolicy */
	{K8S_OBJECT, 0, 0, 207}, /* 142: V1NodeSpec */
	{K8S_OBJECT, 0, 0, 208}, /* 143: V1NodeStatus */
	{K8S_OBJECT, 0, 0, 73}, /* 144: V1Node */
	{K8S_ARRAY, 0, 0, 144}, /* 145: []V1Node */
	{K8S_OBJECT, 0, 0, 209}, /* 146: V1PersistentVolumeSpec */
	{K8S_OBJECT, 0, 0, 210}, /* 147: V1PersistentVolumeStatus */
	{K8S_OBJECT, 0, 0, 211}, /* 148: V1PersistentVolumeClaimSpec */
	{K8S_OBJECT, 0, 0, 212}, /* 149: V1PersistentVolumeClaimStatus */
	{K8S_OBJECT, 0, 0, 76}, /* 150: V1PersistentVolumeClaim */
	{K8S_ARRAY, 0, 0, 150}, /* 151: []V1PersistentVolumeClaim */
	{K8S_OBJECT, 0, 0, 75}, /* 152: V1PersistentVolume */
	{K8S_ARRAY, 0, 0, 152}, /* 153: []V1PersistentVolume */
	{K8S_OBJECT, 0, 0, 213}, /* 154: V1PodSpec */
	{K8S_OBJECT, 0, 0, 214}, /* 155: V1PodStatus */
	{K8S_OBJECT, 0, 0, 215}, /* 156: V1PodDisruptionBudgetSpec */
	{K8S_OBJECT, 0, 0, 216}, /* 157: V1PodDisruptionBudgetStatus */
	{K8S_OBJECT, 0, 0, 80}, /* 158: V1PodDisruptionBudget */
	{K8S_ARRAY, 0, 0, 158}, /* 159: []V1PodDisruptionBudget */
	{K8S_OBJECT, 0, 0, 79}, /* 160: V1Pod */
	{K8S_ARRAY, 0, 0, 160}, /* 161: []V1Pod */
	{K8S_OBJECT, 0, 0, 217}, /* 162: V1PodTemplateSpec */
	{K8S_OBJECT, 0, 0, 83}, /* 163: V1PodTemplate */
	{K8S_ARRAY, 0, 0, 163}, /* 164: []V1PodTemplate */
	{K8S_OBJECT, 0, 0, 85}, /* 165: V1PriorityClass */
	{K8S_ARRAY, 0, 0, 165}, /* 166: []V1PriorityClass */
	{K8S_OBJECT, 0, 0, 218}, /* 167: V1PriorityLevelConfigurationSpec */
	{K8S_OBJECT, 0, 0, 219}, /* 168: V1PriorityLevelConfigurationStatus */
	{K8S_OBJECT, 0, 0, 87}, /* 169: V1PriorityLevelConfiguration */
	{K8S_ARRAY, 0, 0, 169}, /* 170: []V1PriorityLevelConfiguration */
	{K8S_OBJECT, 0, 0, 220}, /* 171: V1ReplicaSetSpec */
	{K8S_OBJECT, 0, 0, 221}, /* 172: V1ReplicaSetStatus */
	{K8S_OBJECT, 0, 0, 89}, /* 173: V1ReplicaSet */
	{K8S_ARRAY, 0, 0, 173}, /* 174: []V1ReplicaSet */
	{K8S_OBJECT, 0, 0, 222}, /* 175: V1ReplicationControllerSpec */
	{K8S_OBJECT, 0, 0, 223}, /* 176: V1ReplicationControllerStatus */
	{K8S_OBJECT, 0, 0, 91}, /* 177: V1ReplicationController */
	{K8S_ARRAY, 0, 0, 177}, /* 178: []V1ReplicationController */
	{K8S_OBJECT, 0, 0, 224}, /* 179: V1alpha3ResourceClaimSpec */
	{K8S_OBJECT, 0, 0, 225}, /* 180: V1alpha3ResourceClaimStatus */
	{K8S_OBJECT, 0, 0, 226}, /* 181: V1beta1ResourceClaimSpec */
	{K8S_OBJECT, 0, 0, 227}, /* 182: V1beta1ResourceClaimStatus */
	{K8S_OBJECT, 0, 0, 93}, /* 183: V1alpha3ResourceClaim */
	{K8S_ARRAY, 0, 0, 183}, /* 184: []V1alpha3ResourceClaim */
	{K8S_OBJECT, 0, 0, 94}, /* 185: V1beta1ResourceClaim */
	{K8S_ARRAY, 0, 0, 185}, /* 186: []V1beta1ResourceClaim */
	{K8S_OBJECT, 0, 0, 228}, /* 187: V1alpha3ResourceClaimTemplateSpec */
	{K8S_OBJECT, 0, 0, 229}, /* 188: V1beta1ResourceClaimTemplateSpec */
	{K8S_OBJECT, 0, 0, 97}, /* 189: V1alpha3ResourceClaimTemplate */
	{K8S_ARRAY, 0, 0, 189}, /* 190: []V1alpha3ResourceClaimTemplate */
	{K8S_OBJECT, 0, 0, 98}, /* 191: V1beta1ResourceClaimTemplate */
	{K8S_ARRAY, 0, 0, 191}, /* 192: []V1beta1ResourceClaimTemplate */
	{K8S_OBJECT, 0, 0, 230}, /* 193: V1ResourceQuotaSpec */
	{K8S_OBJECT, 0, 0, 231}, /* 194: V1ResourceQuotaStatus */
	{K8S_OBJECT, 0, 0, 101}, /* 195: V1ResourceQuota */
	{K8S_ARRAY, 0, 0, 195}, /* 196: []V1ResourceQuota */
	{K8S_OBJECT, 0, 0, 232}, /* 197: V1alpha3ResourceSliceSpec */
	{K8S_OBJECT, 0, 0, 233}, /* 198: V1beta1ResourceSliceSpec */
	{K8S_OBJECT, 0, 0, 103}, /* 199: V1alpha3ResourceSlice */
	{K8S_ARRAY, 0, 0, 199}, /* 200: []V1alpha3ResourceSlice */
	{K8S_OBJECT, 0, 0, 104}, /* 201: V1beta1ResourceSlice */
	{K8S_ARRAY, 0, 0, 201}, /* 202: []V1beta1ResourceSlice */
	{K8S_OBJECT, 0, 0, 108}, /* 203: V1RoleBinding */
	{K8S_ARRAY, 0, 0, 203}, /* 204: []V1RoleBinding */
	{K8S_OBJECT, 0, 0, 107}, /* 205: V1Role */
	{K8S_ARRAY, 0, 0, 205}, /* 206: []V1Role */
	{K8S_OBJECT, 0, 0, 234}, /* 207: V1Overhead */
	{K8S_OBJECT, 0, 0, 235}, /* 208: V1Scheduling */
	{K8S_OBJECT, 0, 0, 111}, /* 209: V1RuntimeClass */
	{K8S_ARRAY, 0, 0, 209}, /* 210: []V1RuntimeClass */
	{K8S_OBJECT, 0, 0, 113}, /* 211: V1Secret */
	{K8S_ARRAY, 0, 0, 211}, /* 212: []V1Secret */
	{K8S_OBJECT, 0, 0, 236}, /* 213: V1SelfSubjectAccessReviewSpec */
	{K8S_OBJECT, 0, 0, 237}, /* 214: V1SelfSubjectReviewStatus */
	{K8S_OBJECT, 0, 0, 238}, /* 215: V1beta1SelfSubjectReviewStatus */
	{K8S_OBJECT, 0, 0, 239}, /* 216: V1SelfSubjectRulesReviewSpec */
	{K8S_OBJECT, 0, 0, 240}, /* 217: V1SubjectRulesReviewStatus */
	{K8S_OBJECT, 0, 0, 241}, /* 218: V1ServiceSpec */
	{K8S_OBJECT, 0, 0, 242}, /* 219: V1ServiceStatus */
	{K8S_OBJECT, 0, 0, 243}, /* 220: V1LocalObjectReference */
	{K8S_ARRAY, 0, 0, 220}, /* 221: []V1LocalObjectReference */
	{K8S_ARRAY, 0, 0, 7}, /* 222: []V1ObjectReference */
	{K8S_OBJECT, 0, 0, 120}, /* 223: V1ServiceAccount */
	{K8S_ARRAY, 0, 0, 223}, /* 224: []V1ServiceAccount */
	{K8S_OBJECT, 0, 0, 244}, /* 225: V1beta1ServiceCIDRSpec */
	{K8S_OBJECT, 0, 0, 245}, /* 226: V1beta1ServiceCIDRStatus */
	{K8S_OBJECT, 0, 0, 122}, /* 227: V1beta1ServiceCIDR */
	{K8S_ARRAY, 0, 0, 227}, /* 228: []V1beta1ServiceCIDR */
	{K8S_OBJECT, 0, 0, 119}, /* 229: V1Service */
	{K8S_ARRAY, 0, 0, 229}, /* 230: []V1Service */
	{K8S_OBJECT, 0, 0, 246}, /* 231: V1StatefulSetSpec */
	{K8S_OBJECT, 0, 0, 247}, /* 232: V1StatefulSetStatus */
	{K8S_OBJECT, 0, 0, 125}, /* 233: V1StatefulSet */
	{K8S_ARRAY, 0, 0, 233}, /* 234: []V1StatefulSet */
	{K8S_OBJECT, 0, 0, 248}, /* 235: V1TopologySelectorTerm */
	{K8S_ARRAY, 0, 0, 235}, /* 236: []V1TopologySelectorTerm */
	{K8S_ARRAY, 0, 0, 0}, /* 237: []string */
	{K8S_OBJECT, 0, 0, 127}, /* 238: V1StorageClass */
	{K8S_ARRAY, 0, 0, 238}, /* 239: []V1StorageClass */
	{K8S_OBJECT, 0, 0, 249}, /* 240: V1alpha1StorageVersionStatus */
	{K8S_OBJECT, 0, 0, 129}, /* 241: V1alpha1StorageVersion */
	{K8S_ARRAY, 0, 0, 241}, /* 242: []V1alpha1StorageVersion */
	{K8S_OBJECT, 0, 0, 250}, /* 243: V1alpha1StorageVersionMigrationSpec */
	{K8S_OBJECT, 0, 0, 251}, /* 244: V1alpha1StorageVersionMigrationStatus */
	{K8S_OBJECT, 0, 0, 131}, /* 245: V1alpha1StorageVersionMigration */
	{K8S_ARRAY, 0, 0, 245}, /* 246: []V1alpha1StorageVersionMigration */
	{K8S_OBJECT, 0, 0, 252}, /* 247: V1TokenReviewSpec */
	{K8S_OBJECT, 0, 0, 253}, /* 248: V1TokenReviewStatus */
	{K8S_OBJECT, 0, 0, 254}, /* 249: V1ValidatingAdmissionPolicySpec */
	{K8S_OBJECT, 0, 0, 255}, /* 250: V1ValidatingAdmissionPolicyStatus */
	{K8S_OBJECT, 0, 0, 256}, /* 251: V1beta1ValidatingAdmissionPolicySpec */
	{K8S_OBJECT, 0, 0, 257}, /* 252: V1beta1ValidatingAdmissionPolicyStatus */
	{K8S_OBJECT, 0, 0, 258}, /* 253: V1ValidatingAdmissionPolicyBindingSpec */
	{K8S_OBJECT, 0, 0, 259}, /* 254: V1beta1ValidatingAdmissionPolicyBindingSpec */
	{K8S_OBJECT, 0, 0, 137}, /* 255: V1ValidatingAdmissionPolicyBinding */
	{K8S_ARRAY, 0, 0, 255}, /* 256: []V1ValidatingAdmissionPolicyBinding */
	{K8S_OBJECT, 0, 0, 138}, /* 257: V1beta1ValidatingAdmissionPolicyBinding */
	{K8S_ARRAY, 0, 0, 257}, /* 258: []V1beta1ValidatingAdmissionPolicyBinding */
	{K8S_OBJECT, 0, 0, 135}, /* 259: V1ValidatingAdmissionPolicy */
	{K8S_ARRAY, 0, 0, 259}, /* 260: []V1ValidatingAdmissionPolicy */
	{K8S_OBJECT, 0, 0, 136}, /* 261: V1beta1ValidatingAdmissionPolicy */
	{K8S_ARRAY, 0, 0, 261}, /* 262: []V1beta1ValidatingAdmissionPolicy */
	{K8S_OBJECT, 0, 0, 260}, /* 263: V1ValidatingWebhook */
	{K8S_ARRAY, 0, 0, 263}, /* 264: []V1ValidatingWebhook */
	{K8S_OBJECT, 0, 0, 143}, /* 265: V1ValidatingWebhookConfiguration */
	{K8S_ARRAY, 0, 0, 265}, /* 266: []V1ValidatingWebhookConfiguration */
	{K8S_OBJECT, 0, 0, 261}, /* 267: vpa.VerticalPodAutoscalerSpec */
	{K8S_OBJECT, 0, 0, 262}, /* 268: vpa.VerticalPodAutoscalerStatus */
	{K8S_OBJECT, 0, 0, 145}, /* 269: vpa.VerticalPodAutoscaler */
	{K8S_ARRAY, 0, 0, 269}, /* 270: []vpa.VerticalPodAutoscaler */
	{K8S_OBJECT, 0, 0, 263}, /* 271: V1VolumeAttachmentSpec */
	{K8S_OBJECT, 0, 0, 264}, /* 272: V1VolumeAttachmentStatus */
	{K8S_OBJECT, 0, 0, 147}, /* 273: V1VolumeAttachment */
	{K8S_ARRAY, 0, 0, 273}, /* 274: []V1VolumeAttachment */
	{K8S_OBJECT, 0, 0, 149}, /* 275: V1alpha1VolumeAttributesClass */
	{K8S_ARRAY, 0, 0, 275}, /* 276: []V1alpha1VolumeAttributesClass */
	{K8S_OBJECT, 0, 0, 150}, /* 277: V1beta1VolumeAttributesClass */
	{K8S_ARRAY, 0, 0, 277}, /* 278: []V1beta1VolumeAttributesClass */
	{K8S_OBJECT, 0, 0, 265}, /* 279: V1ManagedFieldsEntry */
	{K8S_ARRAY, 0, 0, 279}, /* 280: []V1ManagedFieldsEntry */
	{K8S_OBJECT, 0, 0, 266}, /* 281: V1OwnerReference */
	{K8S_ARRAY, 0, 0, 281}, /* 282: []V1OwnerReference */
	{K8S_OBJECT, 0, 0, 267}, /* 283: ApiregistrationV1ServiceReference */
	{K8S_OBJECT, 0, 0, 268}, /* 284: V1APIServiceCondition */
	{K8S_ARRAY, 0, 0, 284}, /* 285: []V1APIServiceCondition */
	{K8S_OBJECT, 0, 0, 269}, /* 286: StorageV1TokenRequest */
	{K8S_ARRAY, 0, 0, 286}, /* 287: []StorageV1TokenRequest */
	{K8S_OBJECT, 0, 0, 270}, /* 288: V1CSINodeDriver */
	{K8S_ARRAY, 0, 0, 288}, /* 289: []V1CSINodeDriver */
	{K8S_OBJECT, 0, 0, 271}, /* 290: V1LabelSelectorRequirement */
	{K8S_ARRAY, 0, 0, 290}, /* 291: []V1LabelSelectorRequirement */
	{K8S_MAP, 0, 0, 237}, /* 292: map[string][]string */
	{K8S_OBJECT, 0, 0, 272}, /* 293: V1CertificateSigningRequestCondition */
	{K8S_ARRAY, 0, 0, 293}, /* 294: []V1CertificateSigningRequestCondition */
	{K8S_ARRAY, 0, 0, 15}, /* 295: []V1LabelSelector */
	{K8S_OBJECT, 0, 0, 273}, /* 296: V1JobTemplateSpec */
	{K8S_OBJECT, 0, 0, 274}, /* 297: V1CustomResourceConversion */
	{K8S_OBJECT, 0, 0, 275}, /* 298: V1CustomResourceDefinitionNames */
	{K8S_OBJECT, 0, 0, 276}, /* 299: V1CustomResourceDefinitionVersion */
	{K8S_ARRAY, 0, 0, 299}, /* 300: []V1CustomResourceDefinitionVersion */
	{K8S_OBJECT, 0, 0, 277}, /* 301: V1CustomResourceDefinitionCondition */
	{K8S_ARRAY, 0, 0, 301}, /* 302: []V1CustomResourceDefinitionCondition */
	{K8S_OBJECT, 0, 0, 278}, /* 303: V1DaemonSetUpdateStrategy */
	{K8S_OBJECT, 0, 0, 279}, /* 304: V1DaemonSetCondition */
	{K8S_ARRAY, 0, 0, 304}, /* 305: []V1DaemonSetCondition */
	{K8S_OBJECT, 0, 0, 280}, /* 306: V1DeploymentStrategy */
	{K8S_OBJECT, 0, 0, 281}, /* 307: V1DeploymentCondition */
	{K8S_ARRAY, 0, 0, 307}, /* 308: []V1DeploymentCondition */
	{K8S_OBJECT, 0, 0, 282}, /* 309: V1alpha3DeviceClassConfiguration */
	{K8S_ARRAY, 0, 0, 309}, /* 310: []V1alpha3DeviceClassConfiguration */
	{K8S_OBJECT, 0, 0, 283}, /* 311: V1alpha3DeviceSelector */
	{K8S_ARRAY, 0, 0, 311}, /* 312: []V1alpha3DeviceSelector */
	{K8S_OBJECT, 0, 0, 284}, /* 313: V1beta1DeviceClassConfiguration */
	{K8S_ARRAY, 0, 0, 313}, /* 314: []V1beta1DeviceClassConfiguration */
	{K8S_OBJECT, 0, 0, 285}, /* 315: V1beta1DeviceSelector */
	{K8S_ARRAY, 0, 0, 315}, /* 316: []V1beta1DeviceSelector */
	{K8S_OBJECT, 0, 0, 286}, /* 317: V1EndpointConditions */
	{K8S_OBJECT, 0, 0, 287}, /* 318: V1EndpointHints */
	{K8S_OBJECT, 0, 0, 288}, /* 319: V1EndpointAddress */
	{K8S_ARRAY, 0, 0, 319}, /* 320: []V1EndpointAddress */
	{K8S_OBJECT, 0, 0, 289}, /* 321: CoreV1EndpointPort */
	{K8S_ARRAY, 0, 0, 321}, /* 322: []CoreV1EndpointPort */
	{K8S_OBJECT, 0, 0, 290}, /* 323: V1FlowDistinguisherMethod */
	{K8S_OBJECT, 0, 0, 291}, /* 324: V1PriorityLevelConfigurationReference */
	{K8S_OBJECT, 0, 0, 292}, /* 325: V1PolicyRulesWithSubjects */
	{K8S_ARRAY, 0, 0, 325}, /* 326: []V1PolicyRulesWithSubjects */
	{K8S_OBJECT, 0, 0, 293}, /* 327: V1FlowSchemaCondition */
	{K8S_ARRAY, 0, 0, 327}, /* 328: []V1FlowSchemaCondition */
	{K8S_OBJECT, 0, 0, 294}, /* 329: V1CrossVersionObjectReference */
	{K8S_OBJECT, 0, 0, 295}, /* 330: V2HorizontalPodAutoscalerBehavior */
	{K8S_OBJECT, 0, 0, 296}, /* 331: V2MetricSpec */
	{K8S_ARRAY, 0, 0, 331}, /* 332: []V2MetricSpec */
	{K8S_OBJECT, 0, 0, 297}, /* 333: V2CrossVersionObjectReference */
	{K8S_OBJECT, 0, 0, 298}, /* 334: V2HorizontalPodAutoscalerCondition */
	{K8S_ARRAY, 0, 0, 334}, /* 335: []V2HorizontalPodAutoscalerCondition */
	{K8S_OBJECT, 0, 0, 299}, /* 336: V2MetricStatus */
	{K8S_ARRAY, 0, 0, 336}, /* 337: []V2MetricStatus */
	{K8S_OBJECT, 0, 0, 300}, /* 338: V1beta1ParentReference */
	{K8S_OBJECT, 0, 0, 301}, /* 339: V1IngressBackend */
	{K8S_OBJECT, 0, 0, 302}, /* 340: V1IngressRule */
	{K8S_ARRAY, 0, 0, 340}, /* 341: []V1IngressRule */
	{K8S_OBJECT, 0, 0, 303}, /* 342: V1IngressTLS */
	{K8S_ARRAY, 0, 0, 342}, /* 343: []V1IngressTLS */
	{K8S_OBJECT, 0, 0, 304}, /* 344: V1IngressLoadBalancerStatus */
	{K8S_OBJECT, 0, 0, 305}, /* 345: V1IngressClassParametersReference */
	{K8S_OBJECT, 0, 0, 306}, /* 346: V1PodFailurePolicy */
	{K8S_OBJECT, 0, 0, 307}, /* 347: V1SuccessPolicy */
	{K8S_OBJECT, 0, 0, 308}, /* 348: V1JobCondition */
	{K8S_ARRAY, 0, 0, 348}, /* 349: []V1JobCondition */
	{K8S_OBJECT, 0, 0, 309}, /* 350: V1UncountedTerminatedPods */
	{K8S_OBJECT, 0, 0, 310}, /* 351: V1LimitRangeItem */
	{K8S_ARRAY, 0, 0, 351}, /* 352: []V1LimitRangeItem */
	{K8S_OBJECT, 0, 0, 311}, /* 353: V1NonResourceAttributes */
	{K8S_OBJECT, 0, 0, 312}, /* 354: V1ResourceAttributes */
	{K8S_OBJECT, 0, 0, 313}, /* 355: V1alpha1MatchCondition */
	{K8S_ARRAY, 0, 0, 355}, /* 356: []V1alpha1MatchCondition */
	{K8S_OBJECT, 0, 0, 314}, /* 357: V1alpha1MatchResources */
	{K8S_OBJECT, 0, 0, 315}, /* 358: V1alpha1Mutation */
	{K8S_ARRAY, 0, 0, 358}, /* 359: []V1alpha1Mutation */
	{K8S_OBJECT, 0, 0, 316}, /* 360: V1alpha1ParamKind */
	{K8S_OBJECT, 0, 0, 317}, /* 361: V1alpha1Variable */
	{K8S_ARRAY, 0, 0, 361}, /* 362: []V1alpha1Variable */
	{K8S_OBJECT, 0, 0, 318}, /* 363: V1alpha1ParamRef */
	{K8S_OBJECT, 0, 0, 319}, /* 364: AdmissionregistrationV1WebhookClientConfig */
	{K8S_OBJECT, 0, 0, 320}, /* 365: V1MatchCondition */
	{K8S_ARRAY, 0, 0, 365}, /* 366: []V1MatchCondition */
	{K8S_OBJECT, 0, 0, 321}, /* 367: V1RuleWithOperations */
	{K8S_ARRAY, 0, 0, 367}, /* 368: []V1RuleWithOperations */
	{K8S_OBJECT, 0, 0, 322}, /* 369: V1NamespaceCondition */
	{K8S_ARRAY, 0, 0, 369}, /* 370: []V1NamespaceCondition */
	{K8S_OBJECT, 0, 0, 323}, /* 371: V1NetworkPolicyEgressRule */
	{K8S_ARRAY, 0, 0, 371}, /* 372: []V1NetworkPolicyEgressRule */
	{K8S_OBJECT, 0, 0, 324}, /* 373: V1NetworkPolicyIngressRule */
	{K8S_ARRAY, 0, 0, 373}, /* 374: []V1NetworkPolicyIngressRule */
	{K8S_OBJECT, 0, 0, 325}, /* 375: V1NodeConfigSource */
	{K8S_OBJECT, 0, 0, 326}, /* 376: V1Taint */
	{K8S_ARRAY, 0, 0, 376}, /* 377: []V1Taint */
	{K8S_OBJECT, 0, 0, 327}, /* 378: V1NodeAddress */
	{K8S_ARRAY, 0, 0, 378}, /* 379: []V1NodeAddress */
	{K8S_MAP, 0, 0, 14}, /* 380: map[string]quantity */
	{K8S_OBJECT, 0, 0, 328}, /* 381: V1NodeCondition */
	{K8S_ARRAY, 0, 0, 381}, /* 382: []V1NodeCondition */
	{K8S_OBJECT, 0, 0, 329}, /* 383: V1NodeConfigStatus */
	{K8S_OBJECT, 0, 0, 330}, /* 384: V1NodeDaemonEndpoints */
	{K8S_OBJECT, 0, 0, 331}, /* 385: V1NodeFeatures */
	{K8S_OBJECT, 0, 0, 332}, /* 386: V1ContainerImage */
	{K8S_ARRAY, 0, 0, 386}, /* 387: []V1ContainerImage */
	{K8S_OBJECT, 0, 0, 333}, /* 388: V1NodeSystemInfo */
	{K8S_OBJECT, 0, 0, 334}, /* 389: V1NodeRuntimeHandler */
	{K8S_ARRAY, 0, 0, 389}, /* 390: []V1NodeRuntimeHandler */
	{K8S_OBJECT, 0, 0, 335}, /* 391: V1AttachedVolume */
	{K8S_ARRAY, 0, 0, 391}, /* 392: []V1AttachedVolume */
	{K8S_OBJECT, 0, 0, 336}, /* 393: V1AWSElasticBlockStoreVolumeSource */
	{K8S_OBJECT, 0, 0, 337}, /* 394: V1AzureDiskVolumeSource */
	{K8S_OBJECT, 0, 0, 338}, /* 395: V1AzureFilePersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 339}, /* 396: V1CephFSPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 340}, /* 397: V1CinderPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 341}, /* 398: V1CSIPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 342}, /* 399: V1FCVolumeSource */
	{K8S_OBJECT, 0, 0, 343}, /* 400: V1FlexPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 344}, /* 401: V1FlockerVolumeSource */
	{K8S_OBJECT, 0, 0, 345}, /* 402: V1GCEPersistentDiskVolumeSource */
	{K8S_OBJECT, 0, 0, 346}, /* 403: V1GlusterfsPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 347}, /* 404: V1HostPathVolumeSource */
	{K8S_OBJECT, 0, 0, 348}, /* 405: V1ISCSIPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 349}, /* 406: V1LocalVolumeSource */
	{K8S_OBJECT, 0, 0, 350}, /* 407: V1NFSVolumeSource */
	{K8S_OBJECT, 0, 0, 351}, /* 408: V1VolumeNodeAffinity */
	{K8S_OBJECT, 0, 0, 352}, /* 409: V1PhotonPersistentDiskVolumeSource */
	{K8S_OBJECT, 0, 0, 353}, /* 410: V1PortworxVolumeSource */
	{K8S_OBJECT, 0, 0, 354}, /* 411: V1QuobyteVolumeSource */
	{K8S_OBJECT, 0, 0, 355}, /* 412: V1RBDPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 356}, /* 413: V1ScaleIOPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 357}, /* 414: V1StorageOSPersistentVolumeSource */
	{K8S_OBJECT, 0, 0, 358}, /* 415: V1VsphereVirtualDiskVolumeSource */
	{K8S_OBJECT, 0, 0, 359}, /* 416: V1TypedLocalObjectReference */
	{K8S_OBJECT, 0, 0, 360}, /* 417: V1TypedObjectReference */
	{K8S_OBJECT, 0, 0, 361}, /* 418: V1VolumeResourceRequirements */
	{K8S_OBJECT, 0, 0, 362}, /* 419: V1PersistentVolumeClaimCondition */
	{K8S_ARRAY, 0, 0, 419}, /* 420: []V1PersistentVolumeClaimCondition */
	{K8S_OBJECT, 0, 0, 363}, /* 421: V1ModifyVolumeStatus */
	{K8S_OBJECT, 0, 0, 364}, /* 422: V1Affinity */
	{K8S_OBJECT, 0, 0, 365}, /* 423: V1Container */
	{K8S_ARRAY, 0, 0, 423}, /* 424: []V1Container */
	{K8S_OBJECT, 0, 0, 366}, /* 425: V1PodDNSConfig */
	{K8S_OBJECT, 0, 0, 367}, /* 426: V1EphemeralContainer */
	{K8S_ARRAY, 0, 0, 426}, /* 427: []V1EphemeralContainer */
	{K8S_OBJECT, 0, 0, 368}, /* 428: V1HostAlias */
	{K8S_ARRAY, 0, 0, 428}, /* 429: []V1HostAlias */
	{K8S_OBJECT, 0, 0, 369}, /* 430: V1PodOS */
	{K8S_OBJECT, 0, 0, 370}, /* 431: V1PodReadinessGate */
	{K8S_ARRAY, 0, 0, 431}, /* 432: []V1PodReadinessGate */
	{K8S_OBJECT, 0, 0, 371}, /* 433: V1PodResourceClaim */
	{K8S_ARRAY, 0, 0, 433}, /* 434: []V1PodResourceClaim */
	{K8S_OBJECT, 0, 0, 372}, /* 435: V1ResourceRequirements */
	{K8S_OBJECT, 0, 0, 373}, /* 436: V1PodSchedulingGate */
	{K8S_ARRAY, 0, 0, 436}, /* 437: []V1PodSchedulingGate */
	{K8S_OBJECT, 0, 0, 374}, /* 438: V1PodSecurityContext */
	{K8S_OBJECT, 0, 0, 375}, /* 439: V1Toleration */
	{K8S_ARRAY, 0, 0, 439}, /* 440: []V1Toleration */
	{K8S_OBJECT, 0, 0, 376}, /* 441: V1TopologySpreadConstraint */
	{K8S_ARRAY, 0, 0, 441}, /* 442: []V1TopologySpreadConstraint */
	{K8S_OBJECT, 0, 0, 377}, /* 443: V1Volume */
	{K8S_ARRAY, 0, 0, 443}, /* 444: []V1Volume */
	{K8S_OBJECT, 0, 0, 378}, /* 445: V1PodCondition */
	{K8S_ARRAY, 0, 0, 445}, /* 446: []V1PodCondition */
	{K8S_OBJECT, 0, 0, 379}, /* 447: V1ContainerStatus */
	{K8S_ARRAY, 0, 0, 447}, /* 448: []V1ContainerStatus */
	{K8S_OBJECT, 0, 0, 380}, /* 449: V1HostIP */
	{K8S_ARRAY, 0, 0, 449}, /* 450: []V1HostIP */
	{K8S_OBJECT, 0, 0, 381}, /* 451: V1PodIP */
	{K8S_ARRAY, 0, 0, 451}, /* 452: []V1PodIP */
	{K8S_OBJECT, 0, 0, 382}, /* 453: V1PodResourceClaimStatus */
	{K8S_ARRAY, 0, 0, 453}, /* 454: []V1PodResourceClaimStatus */
	{K8S_INTORSTR, 0, 0, 0}, /* 455: intorstr */
	{K8S_OBJECT, 0, 0, 383}, /* 456: V1Condition */
	{K8S_ARRAY, 0, 0, 456}, /* 457: []V1Condition */
	{K8S_MAP, 0, 0, 78}, /* 458: map[string]datetime */
	{K8S_OBJECT, 0, 0, 384}, /* 459: V1ExemptPriorityLevelConfiguration */
	{K8S_OBJECT, 0, 0, 385}, /* 460: V1LimitedPriorityLevelConfiguration */
	{K8S_OBJECT, 0, 0, 386}, /* 461: V1PriorityLevelConfigurationCondition */
	{K8S_ARRAY, 0, 0, 461}, /* 462: []V1PriorityLevelConfigurationCondition */
	{K8S_OBJECT, 0, 0, 387}, /* 463: V1ReplicaSetCondition */
	{K8S_ARRAY, 0, 0, 463}, /* 464: []V1ReplicaSetCondition */
	{K8S_OBJECT, 0, 0, 388}, /* 465: V1ReplicationControllerCondition */
	{K8S_ARRAY, 0, 0, 465}, /* 466: []V1ReplicationControllerCondition */
	{K8S_OBJECT, 0, 0, 389}, /* 467: V1alpha3DeviceClaim */
	{K8S_OBJECT, 0, 0, 390}, /* 468: V1alpha3AllocationResult */
	{K8S_OBJECT, 0, 0, 391}, /* 469: V1alpha3AllocatedDeviceStatus */
	{K8S_ARRAY, 0, 0, 469}, /* 470: []V1alpha3AllocatedDeviceStatus */
	{K8S_OBJECT, 0, 0, 392}, /* 471: V1alpha3ResourceClaimConsumerReference */
	{K8S_ARRAY, 0, 0, 471}, /* 472: []V1alpha3ResourceClaimConsumerReference */
	{K8S_OBJECT, 0, 0, 393}, /* 473: V1beta1DeviceClaim */
	{K8S_OBJECT, 0, 0, 394}, /* 474: V1beta1AllocationResult */
	{K8S_OBJECT, 0, 0, 395}, /* 475: V1beta1AllocatedDeviceStatus */
	{K8S_ARRAY, 0, 0, 475}, /* 476: []V1beta1AllocatedDeviceStatus */
	{K8S_OBJECT, 0, 0, 396}, /* 477: V1beta1ResourceClaimConsumerReference */
	{K8S_ARRAY, 0, 0, 477}, /* 478: []V1beta1ResourceClaimConsumerReference */
	{K8S_OBJECT, 0, 0, 397}, /* 479: V1ScopeSelector */
	{K8S_OBJECT, 0, 0, 398}, /* 480: V1alpha3Device */
	{K8S_ARRAY, 0, 0, 480}, /* 481: []V1alpha3Device */
	{K8S_OBJECT, 0, 0, 399}, /* 482: V1NodeSelector */
	{K8S_OBJECT, 0, 0, 400}, /* 483: V1alpha3ResourcePool */
	{K8S_OBJECT, 0, 0, 401}, /* 484: V1beta1Device */
	{K8S_ARRAY, 0, 0, 484}, /* 485: []V1beta1Device */
	{K8S_OBJECT, 0, 0, 402}, /* 486: V1beta1ResourcePool */
	{K8S_OBJECT, 0, 0, 403}, /* 487: V1UserInfo */
	{K8S_OBJECT, 0, 0, 404}, /* 488: V1NonResourceRule */
	{K8S_ARRAY, 0, 0, 488}, /* 489: []V1NonResourceRule */
	{K8S_OBJECT, 0, 0, 405}, /* 490: V1ResourceRule */
	{K8S_ARRAY, 0, 0, 490}, /* 491: []V1ResourceRule */
	{K8S_OBJECT, 0, 0, 406}, /* 492: V1ServicePort */
	{K8S_ARRAY, 0, 0, 492}, /* 493: []V1ServicePort */
	{K8S_OBJECT, 0, 0, 407}, /* 494: V1SessionAffinityConfig */
	{K8S_OBJECT, 0, 0, 408}, /* 495: V1LoadBalancerStatus */
	{K8S_OBJECT, 0, 0, 409}, /* 496: V1StatefulSetOrdinals */
	{K8S_OBJECT, 0, 0, 410}, /* 497: V1StatefulSetPersistentVolumeClaimRetentionPolicy */
	{K8S_OBJECT, 0, 0, 411}, /* 498: V1StatefulSetUpdateStrategy */
	{K8S_OBJECT, 0, 0, 412}, /* 499: V1StatefulSetCondition */
	{K8S_ARRAY, 0, 0, 499}, /* 500: []V1StatefulSetCondition */
	{K8S_OBJECT, 0, 0, 413}, /* 501: V1TopologySelectorLabelRequirement */
	{K8S_ARRAY, 0, 0, 501}, /* 502: []V1TopologySelectorLabelRequirement */
	{K8S_OBJECT, 0, 0, 414}, /* 503: V1alpha1StorageVersionCondition */
	{K8S_ARRAY, 0, 0, 503}, /* 504: []V1alpha1StorageVersionCondition */
	{K8S_OBJECT, 0, 0, 415}, /* 505: V1alpha1ServerStorageVersion */
	{K8S_ARRAY, 0, 0, 505}, /* 506: []V1alpha1ServerStorageVersion */
	{K8S_OBJECT, 0, 0, 416}, /* 507: V1alpha1GroupVersionResource */
	{K8S_OBJECT, 0, 0, 417}, /* 508: V1alpha1MigrationCondition */
	{K8S_ARRAY, 0, 0, 508}, /* 509: []V1alpha1MigrationCondition */
	{K8S_OBJECT, 0, 0, 418}, /* 510: V1AuditAnnotation */
	{K8S_ARRAY, 0, 0, 510}, /* 511: []V1AuditAnnotation */
	{K8S_OBJECT, 0, 0, 419}, /* 512: V1MatchResources */
	{K8S_OBJECT, 0, 0, 420}, /* 513: V1ParamKind */
	{K8S_OBJECT, 0, 0, 421}, /* 514: V1Validation */
	{K8S_ARRAY, 0, 0, 514}, /* 515: []V1Validation */
	{K8S_OBJECT, 0, 0, 422}, /* 516: V1Variable */
	{K8S_ARRAY, 0, 0, 516}, /* 517: []V1Variable */
	{K8S_OBJECT, 0, 0, 423}, /* 518: V1TypeChecking */
	{K8S_OBJECT, 0, 0, 424}, /* 519: V1beta1AuditAnnotation */
	{K8S_ARRAY, 0, 0, 519}, /* 520: []V1beta1AuditAnnotation */
	{K8S_OBJECT, 0, 0, 425}, /* 521: V1beta1MatchCondition */
	{K8S_ARRAY, 0, 0, 521}, /* 522: []V1beta1MatchCondition */
	{K8S_OBJECT, 0, 0, 426}, /* 523: V1beta1MatchResources */
	{K8S_OBJECT, 0, 0, 427}, /* 524: V1beta1ParamKind */
	{K8S_OBJECT, 0, 0, 428}, /* 525: V1beta1Validation */
	{K8S_ARRAY, 0, 0, 525}, /* 526: []V1beta1Validation */
	{K8S_OBJECT, 0, 0, 429}, /* 527: V1beta1Variable */
	{K8S_ARRAY, 0, 0, 527}, /* 528: []V1beta1Variable */
	{K8S_OBJECT, 0, 0, 430}, /* 529: V1beta1TypeChecking */
	{K8S_OBJECT, 0, 0, 431}, /* 530: V1ParamRef */
	{K8S_OBJECT, 0, 0, 432}, /* 531: V1beta1ParamRef */
	{K8S_OBJECT, 0, 0, 436}, /* 532: vpa.VerticalPodAutoscalerSpec.recommenders[] */
	{K8S_ARRAY, 0, 0, 532}, /* 533: []vpa.VerticalPodAutoscalerSpec.recommenders[] */
	{K8S_OBJECT, 0, 0, 435}, /* 534: vpa.VerticalPodAutoscalerSpec.resourcePolicy */
	{K8S_OBJECT, 0, 0, 437}, /* 535: vpa.StartupBoost */
	{K8S_OBJECT, 0, 0, 433}, /* 536: vpa.CrossVersionObjectReference */
	{K8S_OBJECT, 0, 0, 434}, /* 537: vpa.PodUpdatePolicy */
	{K8S_OBJECT, 0, 0, 438}, /* 538: vpa.VerticalPodAutoscalerStatus.conditions[] */
	{K8S_ARRAY, 0, 0, 538}, /* 539: []vpa.VerticalPodAutoscalerStatus.conditions[] */
	{K8S_INT64, 1, 0, 0}, /* 540: int64>=0 */
	{K8S_OBJECT, 0, 0, 439}, /* 541: vpa.VerticalPodAutoscalerStatus.recommendation */
	{K8S_OBJECT, 0, 0, 440}, /* 542: V1VolumeAttachmentSource */
	{K8S_OBJECT, 0, 0, 441}, /* 543: V1VolumeError */
	{K8S_OBJECT, 0, 0, 442}, /* 544: V1VolumeNodeResources */
	{K8S_OBJECT, 0, 0, 443}, /* 545: V1WebhookConversion */
	{K8S_OBJECT, 0, 0, 444}, /* 546: V1CustomResourceColumnDefinition */
	{K8S_ARRAY, 0, 0, 546}, /* 547: []V1CustomResourceColumnDefinition */
	{K8S_OBJECT, 0, 0, 445}, /* 548: V1CustomResourceValidation */
	{K8S_OBJECT, 0, 0, 446}, /* 549: V1SelectableField */
	{K8S_ARRAY, 0, 0, 549}, /* 550: []V1SelectableField */
	{K8S_OBJECT, 0, 0, 447}, /* 551: V1CustomResourceSubresources */
	{K8S_OBJECT, 0, 0, 448}, /* 552: V1RollingUpdateDaemonSet */
	{K8S_OBJECT, 0, 0, 449}, /* 553: V1RollingUpdateDeployment */
	{K8S_OBJECT, 0, 0, 450}, /* 554: V1alpha3OpaqueDeviceConfiguration */
	{K8S_OBJECT, 0, 0, 451}, /* 555: V1alpha3CELDeviceSelector */
	{K8S_OBJECT, 0, 0, 452}, /* 556: V1beta1OpaqueDeviceConfiguration */
	{K8S_OBJECT, 0, 0, 453}, /* 557: V1beta1CELDeviceSelector */
	{K8S_OBJECT, 0, 0, 454}, /* 558: V1ForZone */
	{K8S_ARRAY, 0, 0, 558}, /* 559: []V1ForZone */
	{K8S_OBJECT, 0, 0, 455}, /* 560: V1NonResourcePolicyRule */
	{K8S_ARRAY, 0, 0, 560}, /* 561: []V1NonResourcePolicyRule */
	{K8S_OBJECT, 0, 0, 456}, /* 562: V1ResourcePolicyRule */
	{K8S_ARRAY, 0, 0, 562}, /* 563: []V1ResourcePolicyRule */
	{K8S_OBJECT, 0, 0, 457}, /* 564: FlowcontrolV1Subject */
	{K8S_ARRAY, 0, 0, 564}, /* 565: []FlowcontrolV1Subject */
	{K8S_OBJECT, 0, 0, 458}, /* 566: V2HPAScalingRules */
	{K8S_OBJECT, 0, 0, 459}, /* 567: V2ContainerResourceMetricSource */
	{K8S_OBJECT, 0, 0, 460}, /* 568: V2ExternalMetricSource */
	{K8S_OBJECT, 0, 0, 461}, /* 569: V2ObjectMetricSource */
	{K8S_OBJECT, 0, 0, 462}, /* 570: V2PodsMetricSource */
	{K8S_OBJECT, 0, 0, 463}, /* 571: V2ResourceMetricSource */
	{K8S_OBJECT, 0, 0, 464}, /* 572: V2ContainerResourceMetricStatus */
	{K8S_OBJECT, 0, 0, 465}, /* 573: V2ExternalMetricStatus */
	{K8S_OBJECT, 0, 0, 466}, /* 574: V2ObjectMetricStatus */
	{K8S_OBJECT, 0, 0, 467}, /* 575: V2PodsMetricStatus */
	{K8S_OBJECT, 0, 0, 468}, /* 576: V2ResourceMetricStatus */
	{K8S_OBJECT, 0, 0, 469}, /* 577: V1IngressServiceBackend */
	{K8S_OBJECT, 0, 0, 470}, /* 578: V1HTTPIngressRuleValue */
	{K8S_OBJECT, 0, 0, 471}, /* 579: V1IngressLoadBalancerIngress */
	{K8S_ARRAY, 0, 0, 579}, /* 580: []V1IngressLoadBalancerIngress */
	{K8S_OBJECT, 0, 0, 472}, /* 581: V1PodFailurePolicyRule */
	{K8S_ARRAY, 0, 0, 581}, /* 582: []V1PodFailurePolicyRule */
	{K8S_OBJECT, 0, 0, 473}, /* 583: V1SuccessPolicyRule */
	{K8S_ARRAY, 0, 0, 583}, /* 584: []V1SuccessPolicyRule */
	{K8S_OBJECT, 0, 0, 474}, /* 585: V1FieldSelectorAttributes */
	{K8S_OBJECT, 0, 0, 475}, /* 586: V1LabelSelectorAttributes */
	{K8S_OBJECT, 0, 0, 476}, /* 587: V1alpha1NamedRuleWithOperations */
	{K8S_ARRAY, 0, 0, 587}, /* 588: []V1alpha1NamedRuleWithOperations */
	{K8S_OBJECT, 0, 0, 477}, /* 589: V1alpha1ApplyConfiguration */
	{K8S_OBJECT, 0, 0, 478}, /* 590: V1alpha1JSONPatch */
	{K8S_OBJECT, 0, 0, 479}, /* 591: AdmissionregistrationV1ServiceReference */
	{K8S_OBJECT, 0, 0, 480}, /* 592: V1NetworkPolicyPort */
	{K8S_ARRAY, 0, 0, 592}, /* 593: []V1NetworkPolicyPort */
	{K8S_OBJECT, 0, 0, 481}, /* 594: V1NetworkPolicyPeer */
	{K8S_ARRAY, 0, 0, 594}, /* 595: []V1NetworkPolicyPeer */
	{K8S_OBJECT, 0, 0, 482}, /* 596: V1ConfigMapNodeConfigSource */
	{K8S_OBJECT, 0, 0, 483}, /* 597: V1DaemonEndpoint */
	{K8S_OBJECT, 0, 0, 484}, /* 598: V1NodeRuntimeHandlerFeatures */
	{K8S_OBJECT, 0, 0, 485}, /* 599: V1SecretReference */
	{K8S_OBJECT, 0, 0, 486}, /* 600: V1NodeAffinity */
	{K8S_OBJECT, 0, 0, 487}, /* 601: V1PodAffinity */
	{K8S_OBJECT, 0, 0, 488}, /* 602: V1PodAntiAffinity */
	{K8S_OBJECT, 0, 0, 489}, /* 603: V1EnvVar */
	{K8S_ARRAY, 0, 0, 603}, /* 604: []V1EnvVar */
	{K8S_OBJECT, 0, 0, 490}, /* 605: V1EnvFromSource */
	{K8S_ARRAY, 0, 0, 605}, /* 606: []V1EnvFromSource */
	{K8S_OBJECT, 0, 0, 491}, /* 607: V1Lifecycle */
	{K8S_OBJECT, 0, 0, 492}, /* 608: V1Probe */
	{K8S_OBJECT, 0, 0, 493}, /* 609: V1ContainerPort */
	{K8S_ARRAY, 0, 0, 609}, /* 610: []V1ContainerPort */
	{K8S_OBJECT, 0, 0, 494}, /* 611: V1ContainerResizePolicy */
	{K8S_ARRAY, 0, 0, 611}, /* 612: []V1ContainerResizePolicy */
	{K8S_OBJECT, 0, 0, 495}, /* 613: V1SecurityContext */
	{K8S_OBJECT, 0, 0, 496}, /* 614: V1VolumeDevice */
	{K8S_ARRAY, 0, 0, 614}, /* 615: []V1VolumeDevice */
	{K8S_OBJECT, 0, 0, 497}, /* 616: V1VolumeMount */
	{K8S_ARRAY, 0, 0, 616}, /* 617: []V1VolumeMount */
	{K8S_OBJECT, 0, 0, 498}, /* 618: V1PodDNSConfigOption */
	{K8S_ARRAY, 0, 0, 618}, /* 619: []V1PodDNSConfigOption */
	{K8S_OBJECT, 0, 0, 499}, /* 620: V1ResourceClaim */
	{K8S_ARRAY, 0, 0, 620}, /* 621: []V1ResourceClaim */
	{K8S_OBJECT, 0, 0, 500}, /* 622: V1AppArmorProfile */
	{K8S_OBJECT, 0, 0, 501}, /* 623: V1SELinuxOptions */
	{K8S_OBJECT, 0, 0, 502}, /* 624: V1SeccompProfile */
	{K8S_ARRAY, 0, 0, 42}, /* 625: []int64 */
	{K8S_OBJECT, 0, 0, 503}, /* 626: V1Sysctl */
	{K8S_ARRAY, 0, 0, 626}, /* 627: []V1Sysctl */
	{K8S_OBJECT, 0, 0, 504}, /* 628: V1WindowsSecurityContextOptions */
	{K8S_OBJECT, 0, 0, 505}, /* 629: V1AzureFileVolumeSource */
	{K8S_OBJECT, 0, 0, 506}, /* 630: V1CephFSVolumeSource */
	{K8S_OBJECT, 0, 0, 507}, /* 631: V1CinderVolumeSource */
	{K8S_OBJECT, 0, 0, 508}, /* 632: V1ConfigMapVolumeSource */
	{K8S_OBJECT, 0, 0, 509}, /* 633: V1CSIVolumeSource */
	{K8S_OBJECT, 0, 0, 510}, /* 634: V1DownwardAPIVolumeSource */
	{K8S_OBJECT, 0, 0, 511}, /* 635: V1EmptyDirVolumeSource */
	{K8S_OBJECT, 0, 0, 512}, /* 636: V1EphemeralVolumeSource */
	{K8S_OBJECT, 0, 0, 513}, /* 637: V1FlexVolumeSource */
	{K8S_OBJECT, 0, 0, 514}, /* 638: V1GitRepoVolumeSource */
	{K8S_OBJECT, 0, 0, 515}, /* 639: V1GlusterfsVolumeSource */
	{K8S_OBJECT, 0, 0, 516}, /* 640: V1ImageVolumeSource */
	{K8S_OBJECT, 0, 0, 517}, /* 641: V1ISCSIVolumeSource */
	{K8S_OBJECT, 0, 0, 518}, /* 642: V1PersistentVolumeClaimVolumeSource */
	{K8S_OBJECT, 0, 0, 519}, /* 643: V1ProjectedVolumeSource */
	{K8S_OBJECT, 0, 0, 520}, /* 644: V1RBDVolumeSource */
	{K8S_OBJECT, 0, 0, 521}, /* 645: V1ScaleIOVolumeSource */
	{K8S_OBJECT, 0, 0, 522}, /* 646: V1SecretVolumeSource */
	{K8S_OBJECT, 0, 0, 523}, /* 647: V1StorageOSVolumeSource */
	{K8S_OBJECT, 0, 0, 524}, /* 648: V1ResourceStatus */
	{K8S_ARRAY, 0, 0, 648}, /* 649: []V1ResourceStatus */
	{K8S_OBJECT, 0, 0, 525}, /* 650: V1ContainerState */
	{K8S_OBJECT, 0, 0, 526}, /* 651: V1ContainerUser */
	{K8S_OBJECT, 0, 0, 527}, /* 652: V1VolumeMountStatus */
	{K8S_ARRAY, 0, 0, 652}, /* 653: []V1VolumeMountStatus */
	{K8S_OBJECT, 0, 0, 528}, /* 654: V1LimitResponse */
	{K8S_OBJECT, 0, 0, 529}, /* 655: V1alpha3DeviceClaimConfiguration */
	{K8S_ARRAY, 0, 0, 655}, /* 656: []V1alpha3DeviceClaimConfiguration */
	{K8S_OBJECT, 0, 0, 530}, /* 657: V1alpha3DeviceConstraint */
	{K8S_ARRAY, 0, 0, 657}, /* 658: []V1alpha3DeviceConstraint */
	{K8S_OBJECT, 0, 0, 531}, /* 659: V1alpha3DeviceRequest */
	{K8S_ARRAY, 0, 0, 659}, /* 660: []V1alpha3DeviceRequest */
	{K8S_OBJECT, 0, 0, 532}, /* 661: V1alpha3DeviceAllocationResult */
	{K8S_OBJECT, 0, 0, 533}, /* 662: V1alpha3NetworkDeviceData */
	{K8S_OBJECT, 0, 0, 534}, /* 663: V1beta1DeviceClaimConfiguration */
	{K8S_ARRAY, 0, 0, 663}, /* 664: []V1beta1DeviceClaimConfiguration */
	{K8S_OBJECT, 0, 0, 535}, /* 665: V1beta1DeviceConstraint */
	{K8S_ARRAY, 0, 0, 665}, /* 666: []V1beta1DeviceConstraint */
	{K8S_OBJECT, 0, 0, 536}, /* 667: V1beta1DeviceRequest */
	{K8S_ARRAY, 0, 0, 667}, /* 668: []V1beta1DeviceRequest */
	{K8S_OBJECT, 0, 0, 537}, /* 669: V1beta1DeviceAllocationResult */
	{K8S_OBJECT, 0, 0, 538}, /* 670: V1beta1NetworkDeviceData */
	{K8S_OBJECT, 0, 0, 539}, /* 671: V1ScopedResourceSelectorRequirement */
	{K8S_ARRAY, 0, 0, 671}, /* 672: []V1ScopedResourceSelectorRequirement */
	{K8S_OBJECT, 0, 0, 540}, /* 673: V1alpha3BasicDevice */
	{K8S_OBJECT, 0, 0, 541}, /* 674: V1NodeSelectorTerm */
	{K8S_ARRAY, 0, 0, 674}, /* 675: []V1NodeSelectorTerm */
	{K8S_OBJECT, 0, 0, 542}, /* 676: V1beta1BasicDevice */
	{K8S_OBJECT, 0, 0, 543}, /* 677: V1ClientIPConfig */
	{K8S_OBJECT, 0, 0, 544}, /* 678: V1LoadBalancerIngress */
	{K8S_ARRAY, 0, 0, 678}, /* 679: []V1LoadBalancerIngress */
	{K8S_OBJECT, 0, 0, 545}, /* 680: V1RollingUpdateStatefulSetStrategy */
	{K8S_OBJECT, 0, 0, 546}, /* 681: V1NamedRuleWithOperations */
	{K8S_ARRAY, 0, 0, 681}, /* 682: []V1NamedRuleWithOperations */
	{K8S_OBJECT, 0, 0, 547}, /* 683: V1ExpressionWarning */
	{K8S_ARRAY, 0, 0, 683}, /* 684: []V1ExpressionWarning */
	{K8S_OBJECT, 0, 0, 548}, /* 685: V1beta1NamedRuleWithOperations */
	{K8S_ARRAY, 0, 0, 685}, /* 686: []V1beta1NamedRuleWithOperations */
	{K8S_OBJECT, 0, 0, 549}, /* 687: V1beta1ExpressionWarning */
	{K8S_ARRAY, 0, 0, 687}, /* 688: []V1beta1ExpressionWarning */
	{K8S_INT32, 1, 1, 0}, /* 689: int32>=1 */
	{K8S_OBJECT, 0, 0, 550}, /* 690: vpa.PodUpdatePolicy.evictionRequirements[] */
	{K8S_ARRAY, 0, 0, 690}, /* 691: []vpa.PodUpdatePolicy.evictionRequirements[] */
	{K8S_ENUM, 0, 0, 0}, /* 692: enum(Off|Initial|Recreate|InPlaceOrRecreate|InPlace|Auto) */
	{K8S_OBJECT, 0, 0, 551}, /* 693: vpa.ContainerResourcePolicy */
	{K8S_ARRAY, 0, 0, 693}, /* 694: []vpa.ContainerResourcePolicy */
	{K8S_OBJECT, 0, 0, 552}, /* 695: vpa.StartupBoost.cpu */
	{K8S_OBJECT, 0, 0, 553}, /* 696: vpa.VerticalPodAutoscalerStatus.recommendation.containerRecommendations[] */
	{K8S_ARRAY, 0, 0, 696}, /* 697: []vpa.VerticalPodAutoscalerStatus.recommendation.containerRecommendations[] */
	{K8S_OBJECT, 0, 0, 554}, /* 698: ApiextensionsV1WebhookClientConfig */
	{K8S_OBJECT, 0, 0, 555}, /* 699: V1JSONSchemaProps */
	{K8S_OBJECT, 0, 0, 556}, /* 700: V1CustomResourceSubresourceScale */
	{K8S_OBJECT, 0, 0, 557}, /* 701: V1GroupSubject */
	{K8S_OBJECT, 0, 0, 558}, /* 702: V1ServiceAccountSubject */
	{K8S_OBJECT, 0, 0, 559}, /* 703: V1UserSubject */
	{K8S_OBJECT, 0, 0, 560}, /* 704: V2HPAScalingPolicy */
	{K8S_ARRAY, 0, 0, 704}, /* 705: []V2HPAScalingPolicy */
	{K8S_OBJECT, 0, 0, 561}, /* 706: V2MetricTarget */
	{K8S_OBJECT, 0, 0, 562}, /* 707: V2MetricIdentifier */
	{K8S_OBJECT, 0, 0, 563}, /* 708: V2MetricValueStatus */
	{K8S_OBJECT, 0, 0, 564}, /* 709: V1ServiceBackendPort */
	{K8S_OBJECT, 0, 0, 565}, /* 710: V1HTTPIngressPath */
	{K8S_ARRAY, 0, 0, 710}, /* 711: []V1HTTPIngressPath */
	{K8S_OBJECT, 0, 0, 566}, /* 712: V1IngressPortStatus */
	{K8S_ARRAY, 0, 0, 712}, /* 713: []V1IngressPortStatus */
	{K8S_OBJECT, 0, 0, 567}, /* 714: V1PodFailurePolicyOnExitCodesRequirement */
	{K8S_OBJECT, 0, 0, 568}, /* 715: V1PodFailurePolicyOnPodConditionsPattern */
	{K8S_ARRAY, 0, 0, 715}, /* 716: []V1PodFailurePolicyOnPodConditionsPattern */
	{K8S_OBJECT, 0, 0, 569}, /* 717: V1FieldSelectorRequirement */
	{K8S_ARRAY, 0, 0, 717}, /* 718: []V1FieldSelectorRequirement */
	{K8S_OBJECT, 0, 0, 570}, /* 719: V1IPBlock */
	{K8S_OBJECT, 0, 0, 571}, /* 720: V1PreferredSchedulingTerm */
	{K8S_ARRAY, 0, 0, 720}, /* 721: []V1PreferredSchedulingTerm */
	{K8S_OBJECT, 0, 0, 572}, /* 722: V1WeightedPodAffinityTerm */
	{K8S_ARRAY, 0, 0, 722}, /* 723: []V1WeightedPodAffinityTerm */
	{K8S_OBJECT, 0, 0, 573}, /* 724: V1PodAffinityTerm */
	{K8S_ARRAY, 0, 0, 724}, /* 725: []V1PodAffinityTerm */
	{K8S_OBJECT, 0, 0, 574}, /* 726: V1EnvVarSource */
	{K8S_OBJECT, 0, 0, 575}, /* 727: V1ConfigMapEnvSource */
	{K8S_OBJECT, 0, 0, 576}, /* 728: V1SecretEnvSource */
	{K8S_OBJECT, 0, 0, 577}, /* 729: V1LifecycleHandler */
	{K8S_OBJECT, 0, 0, 578}, /* 730: V1ExecAction */
	{K8S_OBJECT, 0, 0, 579}, /* 731: V1GRPCAction */
	{K8S_OBJECT, 0, 0, 580}, /* 732: V1HTTPGetAction */
	{K8S_OBJECT, 0, 0, 581}, /* 733: V1TCPSocketAction */
	{K8S_OBJECT, 0, 0, 582}, /* 734: V1Capabilities */
	{K8S_OBJECT, 0, 0, 583}, /* 735: V1KeyToPath */
	{K8S_ARRAY, 0, 0, 735}, /* 736: []V1KeyToPath */
	{K8S_OBJECT, 0, 0, 584}, /* 737: V1DownwardAPIVolumeFile */
	{K8S_ARRAY, 0, 0, 737}, /* 738: []V1DownwardAPIVolumeFile */
	{K8S_OBJECT, 0, 0, 585}, /* 739: V1PersistentVolumeClaimTemplate */
	{K8S_OBJECT, 0, 0, 586}, /* 740: V1VolumeProjection */
	{K8S_ARRAY, 0, 0, 740}, /* 741: []V1VolumeProjection */
	{K8S_OBJECT, 0, 0, 587}, /* 742: V1ResourceHealth */
	{K8S_ARRAY, 0, 0, 742}, /* 743: []V1ResourceHealth */
	{K8S_OBJECT, 0, 0, 588}, /* 744: V1ContainerStateRunning */
	{K8S_OBJECT, 0, 0, 589}, /* 745: V1ContainerStateTerminated */
	{K8S_OBJECT, 0, 0, 590}, /* 746: V1ContainerStateWaiting */
	{K8S_OBJECT, 0, 0, 591}, /* 747: V1LinuxContainerUser */
	{K8S_OBJECT, 0, 0, 592}, /* 748: V1QueuingConfiguration */
	{K8S_OBJECT, 0, 0, 593}, /* 749: V1alpha3DeviceAllocationConfiguration */
	{K8S_ARRAY, 0, 0, 749}, /* 750: []V1alpha3DeviceAllocationConfiguration */
	{K8S_OBJECT, 0, 0, 594}, /* 751: V1alpha3DeviceRequestAllocationResult */
	{K8S_ARRAY, 0, 0, 751}, /* 752: []V1alpha3DeviceRequestAllocationResult */
	{K8S_OBJECT, 0, 0, 595}, /* 753: V1beta1DeviceAllocationConfiguration */
	{K8S_ARRAY, 0, 0, 753}, /* 754: []V1beta1DeviceAllocationConfiguration */
	{K8S_OBJECT, 0, 0, 596}, /* 755: V1beta1DeviceRequestAllocationResult */
	{K8S_ARRAY, 0, 0, 755}, /* 756: []V1beta1DeviceRequestAllocationResult */
	{K8S_OBJECT, 0, 0, 597}, /* 757: V1alpha3DeviceAttribute */
	{K8S_MAP, 0, 0, 757}, /* 758: map[string]V1alpha3DeviceAttribute */
	{K8S_OBJECT, 0, 0, 598}, /* 759: V1NodeSelectorRequirement */
	{K8S_ARRAY, 0, 0, 759}, /* 760: []V1NodeSelectorRequirement */
	{K8S_OBJECT, 0, 0, 599}, /* 761: V1beta1DeviceAttribute */
	{K8S_MAP, 0, 0, 761}, /* 762: map[string]V1beta1DeviceAttribute */
	{K8S_OBJECT, 0, 0, 600}, /* 763: V1beta1DeviceCapacity */
	{K8S_MAP, 0, 0, 763}, /* 764: map[string]V1beta1DeviceCapacity */
	{K8S_OBJECT, 0, 0, 601}, /* 765: V1PortStatus */
	{K8S_ARRAY, 0, 0, 765}, /* 766: []V1PortStatus */
	{K8S_ENUM, 0, 0, 1}, /* 767: enum(TargetHigherThanRequests|TargetLowerThanRequests) */
	{K8S_ENUM, 0, 0, 2}, /* 768: enum(RequestsAndLimits|RequestsOnly) */
	{K8S_CRDQUANTITY, 0, 0, 0}, /* 769: crdquantity */
	{K8S_MAP, 0, 0, 769}, /* 770: map[string]crdquantity */
	{K8S_INT64, 1, 1, 0}, /* 771: int64>=1 */
	{K8S_ENUM, 0, 0, 3}, /* 772: enum(Auto|Off) */
	{K8S_ENUM, 0, 0, 4}, /* 773: enum(Factor|Quantity) */
	{K8S_OBJECT, 0, 0, 602}, /* 774: ApiextensionsV1ServiceReference */
	{K8S_ARRAY, 0, 0, 699}, /* 775: []V1JSONSchemaProps */
	{K8S_MAP, 0, 0, 699}, /* 776: map[string]V1JSONSchemaProps */
	{K8S_MAP, 0, 0, 41}, /* 777: map[string]any */
	{K8S_ARRAY, 0, 0, 41}, /* 778: []any */
	{K8S_OBJECT, 0, 0, 603}, /* 779: V1ExternalDocumentation */
	{K8S_NUMBER, 0, 0, 0}, /* 780: number */
	{K8S_OBJECT, 0, 0, 604}, /* 781: V1ValidationRule */
	{K8S_ARRAY, 0, 0, 781}, /* 782: []V1ValidationRule */
	{K8S_ARRAY, 0, 0, 77}, /* 783: []int32 */
	{K8S_OBJECT, 0, 0, 605}, /* 784: V1ConfigMapKeySelector */
	{K8S_OBJECT, 0, 0, 606}, /* 785: V1ObjectFieldSelector */
	{K8S_OBJECT, 0, 0, 607}, /* 786: V1ResourceFieldSelector */
	{K8S_OBJECT, 0, 0, 608}, /* 787: V1SecretKeySelector */
	{K8S_OBJECT, 0, 0, 609}, /* 788: V1SleepAction */
	{K8S_OBJECT, 0, 0, 610}, /* 789: V1HTTPHeader */
	{K8S_ARRAY, 0, 0, 789}, /* 790: []V1HTTPHeader */
	{K8S_OBJECT, 0, 0, 611}, /* 791: V1ClusterTrustBundleProjection */
	{K8S_OBJECT, 0, 0, 612}, /* 792: V1ConfigMapProjection */
	{K8S_OBJECT, 0, 0, 613}, /* 793: V1DownwardAPIProjection */
	{K8S_OBJECT, 0, 0, 614}, /* 794: V1SecretProjection */
	{K8S_OBJECT, 0, 0, 615}, /* 795: V1ServiceAccountTokenProjection */
};

/* per type: name, value type (| R: required; "!" in the comments) */
#define R K8S_REQUIRED
const struct k8s_field k8s_fields[] = {
	/* 0 V1APIService: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 2}, {30, 3},
	/* 1 V1APIServiceList: apiVersion items! kind metadata */
	{0, 0}, {37, 5 | R}, {11, 0}, {16, 6},
	/* 2 V1Binding: apiVersion kind metadata target! */
	{0, 0}, {11, 0}, {16, 1}, {43, 7 | R},
	/* 3 V1CSIDriver: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 8 | R},
	/* 4 V1CSIDriverList: apiVersion items! kind metadata */
	{0, 0}, {37, 10 | R}, {11, 0}, {16, 6},
	/* 5 V1CSINode: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 11 | R},
	/* 6 V1CSINodeList: apiVersion items! kind metadata */
	{0, 0}, {37, 13 | R}, {11, 0}, {16, 6},
	/* 7 V1CSIStorageCapacity: apiVersion capacity kind maximumVolumeSize metadata nodeTopology storageClassName! */
	{0, 0}, {50, 14}, {11, 0}, {59, 14}, {16, 1}, {77, 15}, {90, 0 | R},
	/* 8 V1CSIStorageCapacityList: apiVersion items! kind metadata */
	{0, 0}, {37, 17 | R}, {11, 0}, {16, 6},
	/* 9 V1CertificateSigningRequest: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 18 | R}, {30, 19},
	/* 10 V1CertificateSigningRequestList: apiVersion items! kind metadata */
	{0, 0}, {37, 21 | R}, {11, 0}, {16, 6},
	/* 11 V1ClusterRole: aggregationRule apiVersion kind metadata rules */
	{107, 22}, {0, 0}, {11, 0}, {16, 1}, {123, 24},
	/* 12 V1ClusterRoleBinding: apiVersion kind metadata roleRef! subjects */
	{0, 0}, {11, 0}, {16, 1}, {129, 25 | R}, {137, 27},
	/* 13 V1ClusterRoleBindingList: apiVersion items! kind metadata */
	{0, 0}, {37, 29 | R}, {11, 0}, {16, 6},
	/* 14 V1ClusterRoleList: apiVersion items! kind metadata */
	{0, 0}, {37, 31 | R}, {11, 0}, {16, 6},
	/* 15 V1alpha1ClusterTrustBundle: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 32 | R},
	/* 16 V1alpha1ClusterTrustBundleList: apiVersion items! kind metadata */
	{0, 0}, {37, 34 | R}, {11, 0}, {16, 6},
	/* 17 V1ConfigMap: apiVersion binaryData data immutable kind metadata */
	{0, 0}, {146, 36}, {157, 37}, {162, 38}, {11, 0}, {16, 1},
	/* 18 V1ConfigMapList: apiVersion items! kind metadata */
	{0, 0}, {37, 40 | R}, {11, 0}, {16, 6},
	/* 19 V1ControllerRevision: apiVersion data kind metadata revision! */
	{0, 0}, {157, 41}, {11, 0}, {16, 1}, {172, 42 | R},
	/* 20 V1ControllerRevisionList: apiVersion items! kind metadata */
	{0, 0}, {37, 44 | R}, {11, 0}, {16, 6},
	/* 21 V1CronJob: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 45}, {30, 46},
	/* 22 V1CronJobList: apiVersion items! kind metadata */
	{0, 0}, {37, 48 | R}, {11, 0}, {16, 6},
	/* 23 V1CustomResourceDefinition: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 49 | R}, {30, 50},
	/* 24 V1CustomResourceDefinitionList: apiVersion items! kind metadata */
	{0, 0}, {37, 52 | R}, {11, 0}, {16, 6},
	/* 25 V1DaemonSet: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 53}, {30, 54},
	/* 26 V1DaemonSetList: apiVersion items! kind metadata */
	{0, 0}, {37, 56 | R}, {11, 0}, {16, 6},
	/* 27 V1Deployment: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 57}, {30, 58},
	/* 28 V1DeploymentList: apiVersion items! kind metadata */
	{0, 0}, {37, 60 | R}, {11, 0}, {16, 6},
	/* 29 V1alpha3DeviceClass: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 61 | R},
	/* 30 V1beta1DeviceClass: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 62 | R},
	/* 31 V1alpha3DeviceClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 64 | R}, {11, 0}, {16, 6},
	/* 32 V1beta1DeviceClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 66 | R}, {11, 0}, {16, 6},
	/* 33 V1EndpointSlice: addressType! apiVersion endpoints! kind metadata ports */
	{181, 0 | R}, {0, 0}, {193, 68 | R}, {11, 0}, {16, 1}, {203, 70},
	/* 34 V1EndpointSliceList: apiVersion items! kind metadata */
	{0, 0}, {37, 72 | R}, {11, 0}, {16, 6},
	/* 35 V1Endpoints: apiVersion kind metadata subsets */
	{0, 0}, {11, 0}, {16, 1}, {209, 74},
	/* 36 V1EndpointsList: apiVersion items! kind metadata */
	{0, 0}, {37, 76 | R}, {11, 0}, {16, 6},
	/* 37 EventsV1Event: action apiVersion deprecatedCount deprecatedFirstTimestamp deprecatedLastTimestamp
	 * deprecatedSource eventTime! kind metadata note reason regarding related reportingController
	 * reportingInstance series type */
	{217, 0}, {0, 0}, {224, 77}, {240, 78}, {265, 78}, {289, 79}, {306, 78 | R}, {11, 0}, {16, 1}, {316, 0},
	{321, 0}, {328, 7}, {338, 7}, {346, 0}, {366, 0}, {384, 80}, {391, 0},
	/* 38 CoreV1Event: action apiVersion count eventTime firstTimestamp involvedObject! kind lastTimestamp message
	 * metadata! reason related reportingComponent reportingInstance series source type */
	{217, 0}, {0, 0}, {396, 77}, {306, 78}, {402, 78}, {417, 7 | R}, {11, 0}, {432, 78}, {446, 0}, {16, 1 | R},
	{321, 0}, {338, 7}, {454, 0}, {366, 0}, {384, 81}, {473, 79}, {391, 0},
	/* 39 EventsV1EventList: apiVersion items! kind metadata */
	{0, 0}, {37, 83 | R}, {11, 0}, {16, 6},
	/* 40 CoreV1EventList: apiVersion items! kind metadata */
	{0, 0}, {37, 85 | R}, {11, 0}, {16, 6},
	/* 41 V1FlowSchema: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 86}, {30, 87},
	/* 42 V1FlowSchemaList: apiVersion items! kind metadata */
	{0, 0}, {37, 89 | R}, {11, 0}, {16, 6},
	/* 43 V1HorizontalPodAutoscaler: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 90}, {30, 91},
	/* 44 V2HorizontalPodAutoscaler: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 92}, {30, 93},
	/* 45 V1HorizontalPodAutoscalerList: apiVersion items! kind metadata */
	{0, 0}, {37, 95 | R}, {11, 0}, {16, 6},
	/* 46 V2HorizontalPodAutoscalerList: apiVersion items! kind metadata */
	{0, 0}, {37, 97 | R}, {11, 0}, {16, 6},
	/* 47 V1beta1IPAddress: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 98},
	/* 48 V1beta1IPAddressList: apiVersion items! kind metadata */
	{0, 0}, {37, 100 | R}, {11, 0}, {16, 6},
	/* 49 V1Ingress: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 101}, {30, 102},
	/* 50 V1IngressClass: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 103},
	/* 51 V1IngressClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 105 | R}, {11, 0}, {16, 6},
	/* 52 V1IngressList: apiVersion items! kind metadata */
	{0, 0}, {37, 107 | R}, {11, 0}, {16, 6},
	/* 53 V1Job: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 108}, {30, 109},
	/* 54 V1JobList: apiVersion items! kind metadata */
	{0, 0}, {37, 111 | R}, {11, 0}, {16, 6},
	/* 55 V1Lease: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 112},
	/* 56 V1alpha2LeaseCandidate: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 113},
	/* 57 V1alpha2LeaseCandidateList: apiVersion items! kind metadata */
	{0, 0}, {37, 115 | R}, {11, 0}, {16, 6},
	/* 58 V1LeaseList: apiVersion items! kind metadata */
	{0, 0}, {37, 117 | R}, {11, 0}, {16, 6},
	/* 59 V1LimitRange: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 118},
	/* 60 V1LimitRangeList: apiVersion items! kind metadata */
	{0, 0}, {37, 120 | R}, {11, 0}, {16, 6},
	/* 61 v1.List: apiVersion items kind metadata */
	{0, 0}, {37, 122}, {11, 0}, {16, 6},
	/* 62 V1LocalSubjectAccessReview: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 123 | R}, {30, 124},
	/* 63 V1alpha1MutatingAdmissionPolicy: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 125},
	/* 64 V1alpha1MutatingAdmissionPolicyBinding: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 126},
	/* 65 V1alpha1MutatingAdmissionPolicyBindingList: apiVersion items! kind metadata */
	{0, 0}, {37, 128 | R}, {11, 0}, {16, 6},
	/* 66 V1alpha1MutatingAdmissionPolicyList: apiVersion items! kind metadata */
	{0, 0}, {37, 130 | R}, {11, 0}, {16, 6},
	/* 67 V1MutatingWebhookConfiguration: apiVersion kind metadata webhooks */
	{0, 0}, {11, 0}, {16, 1}, {480, 132},
	/* 68 V1MutatingWebhookConfigurationList: apiVersion items! kind metadata */
	{0, 0}, {37, 134 | R}, {11, 0}, {16, 6},
	/* 69 V1Namespace: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 135}, {30, 136},
	/* 70 V1NamespaceList: apiVersion items! kind metadata */
	{0, 0}, {37, 138 | R}, {11, 0}, {16, 6},
	/* 71 V1NetworkPolicy: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 139},
	/* 72 V1NetworkPolicyList: apiVersion items! kind metadata */
	{0, 0}, {37, 141 | R}, {11, 0}, {16, 6},
	/* 73 V1Node: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 142}, {30, 143},
	/* 74 V1NodeList: apiVersion items! kind metadata */
	{0, 0}, {37, 145 | R}, {11, 0}, {16, 6},
	/* 75 V1PersistentVolume: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 146}, {30, 147},
	/* 76 V1PersistentVolumeClaim: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 148}, {30, 149},
	/* 77 V1PersistentVolumeClaimList: apiVersion items! kind metadata */
	{0, 0}, {37, 151 | R}, {11, 0}, {16, 6},
	/* 78 V1PersistentVolumeList: apiVersion items! kind metadata */
	{0, 0}, {37, 153 | R}, {11, 0}, {16, 6},
	/* 79 V1Pod: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 154}, {30, 155},
	/* 80 V1PodDisruptionBudget: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 156}, {30, 157},
	/* 81 V1PodDisruptionBudgetList: apiVersion items! kind metadata */
	{0, 0}, {37, 159 | R}, {11, 0}, {16, 6},
	/* 82 V1PodList: apiVersion items! kind metadata */
	{0, 0}, {37, 161 | R}, {11, 0}, {16, 6},
	/* 83 V1PodTemplate: apiVersion kind metadata template */
	{0, 0}, {11, 0}, {16, 1}, {489, 162},
	/* 84 V1PodTemplateList: apiVersion items! kind metadata */
	{0, 0}, {37, 164 | R}, {11, 0}, {16, 6},
	/* 85 V1PriorityClass: apiVersion description globalDefault kind metadata preemptionPolicy value! */
	{0, 0}, {498, 0}, {510, 38}, {11, 0}, {16, 1}, {524, 0}, {541, 77 | R},
	/* 86 V1PriorityClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 166 | R}, {11, 0}, {16, 6},
	/* 87 V1PriorityLevelConfiguration: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 167}, {30, 168},
	/* 88 V1PriorityLevelConfigurationList: apiVersion items! kind metadata */
	{0, 0}, {37, 170 | R}, {11, 0}, {16, 6},
	/* 89 V1ReplicaSet: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 171}, {30, 172},
	/* 90 V1ReplicaSetList: apiVersion items! kind metadata */
	{0, 0}, {37, 174 | R}, {11, 0}, {16, 6},
	/* 91 V1ReplicationController: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 175}, {30, 176},
	/* 92 V1ReplicationControllerList: apiVersion items! kind metadata */
	{0, 0}, {37, 178 | R}, {11, 0}, {16, 6},
	/* 93 V1alpha3ResourceClaim: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 179 | R}, {30, 180},
	/* 94 V1beta1ResourceClaim: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 181 | R}, {30, 182},
	/* 95 V1alpha3ResourceClaimList: apiVersion items! kind metadata */
	{0, 0}, {37, 184 | R}, {11, 0}, {16, 6},
	/* 96 V1beta1ResourceClaimList: apiVersion items! kind metadata */
	{0, 0}, {37, 186 | R}, {11, 0}, {16, 6},
	/* 97 V1alpha3ResourceClaimTemplate: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 187 | R},
	/* 98 V1beta1ResourceClaimTemplate: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 188 | R},
	/* 99 V1alpha3ResourceClaimTemplateList: apiVersion items! kind metadata */
	{0, 0}, {37, 190 | R}, {11, 0}, {16, 6},
	/* 100 V1beta1ResourceClaimTemplateList: apiVersion items! kind metadata */
	{0, 0}, {37, 192 | R}, {11, 0}, {16, 6},
	/* 101 V1ResourceQuota: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 193}, {30, 194},
	/* 102 V1ResourceQuotaList: apiVersion items! kind metadata */
	{0, 0}, {37, 196 | R}, {11, 0}, {16, 6},
	/* 103 V1alpha3ResourceSlice: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 197 | R},
	/* 104 V1beta1ResourceSlice: apiVersion kind metadata spec! */
	{0, 0}, {11, 0}, {16, 1}, {25, 198 | R},
	/* 105 V1alpha3ResourceSliceList: apiVersion items! kind metadata */
	{0, 0}, {37, 200 | R}, {11, 0}, {16, 6},
	/* 106 V1beta1ResourceSliceList: apiVersion items! kind metadata */
	{0, 0}, {37, 202 | R}, {11, 0}, {16, 6},
	/* 107 V1Role: apiVersion kind metadata rules */
	{0, 0}, {11, 0}, {16, 1}, {123, 24},
	/* 108 V1RoleBinding: apiVersion kind metadata roleRef! subjects */
	{0, 0}, {11, 0}, {16, 1}, {129, 25 | R}, {137, 27},
	/* 109 V1RoleBindingList: apiVersion items! kind metadata */
	{0, 0}, {37, 204 | R}, {11, 0}, {16, 6},
	/* 110 V1RoleList: apiVersion items! kind metadata */
	{0, 0}, {37, 206 | R}, {11, 0}, {16, 6},
	/* 111 V1RuntimeClass: apiVersion handler! kind metadata overhead scheduling */
	{0, 0}, {547, 0 | R}, {11, 0}, {16, 1}, {555, 207}, {564, 208},
	/* 112 V1RuntimeClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 210 | R}, {11, 0}, {16, 6},
	/* 113 V1Secret: apiVersion data immutable kind metadata stringData type */
	{0, 0}, {157, 36}, {162, 38}, {11, 0}, {16, 1}, {575, 37}, {391, 0},
	/* 114 V1SecretList: apiVersion items! kind metadata */
	{0, 0}, {37, 212 | R}, {11, 0}, {16, 6},
	/* 115 V1SelfSubjectAccessReview: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 213 | R}, {30, 124},
	/* 116 V1SelfSubjectReview: apiVersion kind metadata status */
	{0, 0}, {11, 0}, {16, 1}, {30, 214},
	/* 117 V1beta1SelfSubjectReview: apiVersion kind metadata status */
	{0, 0}, {11, 0}, {16, 1}, {30, 215},
	/* 118 V1SelfSubjectRulesReview: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 216 | R}, {30, 217},
	/* 119 V1Service: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 218}, {30, 219},
	/* 120 V1ServiceAccount: apiVersion automountServiceAccountToken imagePullSecrets kind metadata secrets */
	{0, 0}, {586, 38}, {615, 221}, {11, 0}, {16, 1}, {632, 222},
	/* 121 V1ServiceAccountList: apiVersion items! kind metadata */
	{0, 0}, {37, 224 | R}, {11, 0}, {16, 6},
	/* 122 V1beta1ServiceCIDR: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 225}, {30, 226},
	/* 123 V1beta1ServiceCIDRList: apiVersion items! kind metadata */
	{0, 0}, {37, 228 | R}, {11, 0}, {16, 6},
	/* 124 V1ServiceList: apiVersion items! kind metadata */
	{0, 0}, {37, 230 | R}, {11, 0}, {16, 6},
	/* 125 V1StatefulSet: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 231}, {30, 232},
	/* 126 V1StatefulSetList: apiVersion items! kind metadata */
	{0, 0}, {37, 234 | R}, {11, 0}, {16, 6},
	/* 127 V1StorageClass: allowVolumeExpansion allowedTopologies apiVersion kind metadata mountOptions parameters
	 * provisioner! reclaimPolicy volumeBindingMode */
	{640, 38}, {661, 236}, {0, 0}, {11, 0}, {16, 1}, {679, 237}, {692, 37}, {703, 0 | R}, {715, 0}, {729, 0},
	/* 128 V1StorageClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 239 | R}, {11, 0}, {16, 6},
	/* 129 V1alpha1StorageVersion: apiVersion kind metadata spec! status! */
	{0, 0}, {11, 0}, {16, 1}, {25, 41 | R}, {30, 240 | R},
	/* 130 V1alpha1StorageVersionList: apiVersion items! kind metadata */
	{0, 0}, {37, 242 | R}, {11, 0}, {16, 6},
	/* 131 V1alpha1StorageVersionMigration: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 243}, {30, 244},
	/* 132 V1alpha1StorageVersionMigrationList: apiVersion items! kind metadata */
	{0, 0}, {37, 246 | R}, {11, 0}, {16, 6},
	/* 133 V1SubjectAccessReview: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 123 | R}, {30, 124},
	/* 134 V1TokenReview: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 247 | R}, {30, 248},
	/* 135 V1ValidatingAdmissionPolicy: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 249}, {30, 250},
	/* 136 V1beta1ValidatingAdmissionPolicy: apiVersion kind metadata spec status */
	{0, 0}, {11, 0}, {16, 1}, {25, 251}, {30, 252},
	/* 137 V1ValidatingAdmissionPolicyBinding: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 253},
	/* 138 V1beta1ValidatingAdmissionPolicyBinding: apiVersion kind metadata spec */
	{0, 0}, {11, 0}, {16, 1}, {25, 254},
	/* 139 V1ValidatingAdmissionPolicyBindingList: apiVersion items! kind metadata */
	{0, 0}, {37, 256 | R}, {11, 0}, {16, 6},
	/* 140 V1beta1ValidatingAdmissionPolicyBindingList: apiVersion items! kind metadata */
	{0, 0}, {37, 258 | R}, {11, 0}, {16, 6},
	/* 141 V1ValidatingAdmissionPolicyList: apiVersion items! kind metadata */
	{0, 0}, {37, 260 | R}, {11, 0}, {16, 6},
	/* 142 V1beta1ValidatingAdmissionPolicyList: apiVersion items! kind metadata */
	{0, 0}, {37, 262 | R}, {11, 0}, {16, 6},
	/* 143 V1ValidatingWebhookConfiguration: apiVersion kind metadata webhooks */
	{0, 0}, {11, 0}, {16, 1}, {480, 264},
	/* 144 V1ValidatingWebhookConfigurationList: apiVersion items! kind metadata */
	{0, 0}, {37, 266 | R}, {11, 0}, {16, 6},
	/* 145 vpa.VerticalPodAutoscaler: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 267 | R}, {30, 268},
	/* 146 vpa.VerticalPodAutoscalerList: apiVersion items! kind metadata */
	{0, 0}, {37, 270 | R}, {11, 0}, {16, 6},
	/* 147 V1VolumeAttachment: apiVersion kind metadata spec! status */
	{0, 0}, {11, 0}, {16, 1}, {25, 271 | R}, {30, 272},
	/* 148 V1VolumeAttachmentList: apiVersion items! kind metadata */
	{0, 0}, {37, 274 | R}, {11, 0}, {16, 6},
	/* 149 V1alpha1VolumeAttributesClass: apiVersion driverName! kind metadata parameters */
	{0, 0}, {747, 0 | R}, {11, 0}, {16, 1}, {692, 37},
	/* 150 V1beta1VolumeAttributesClass: apiVersion driverName! kind metadata parameters */
	{0, 0}, {747, 0 | R}, {11, 0}, {16, 1}, {692, 37},
	/* 151 V1alpha1VolumeAttributesClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 276 | R}, {11, 0}, {16, 6},
	/* 152 V1beta1VolumeAttributesClassList: apiVersion items! kind metadata */
	{0, 0}, {37, 278 | R}, {11, 0}, {16, 6},
	/* 153 V1ObjectMeta: annotations creationTimestamp deletionGracePeriodSeconds deletionTimestamp finalizers
	 * generateName generation labels managedFields name namespace ownerReferences resourceVersion selfLink uid */
	{758, 37}, {770, 78}, {788, 42}, {815, 78}, {833, 237}, {844, 0}, {857, 42}, {868, 37}, {875, 280}, {889, 0},
	{894, 0}, {904, 282}, {920, 0}, {936, 0}, {945, 0},
	/* 154 V1APIServiceSpec: caBundle group groupPriorityMinimum! insecureSkipTLSVerify service version
	 * versionPriority! */
	{949, 35}, {958, 0}, {964, 77 | R}, {985, 38}, {1007, 283}, {1015, 0}, {1023, 77 | R},
	/* 155 V1APIServiceStatus: conditions */
	{1039, 285},
	/* 156 V1ListMeta: continue remainingItemCount resourceVersion selfLink */
	{1050, 0}, {1059, 42}, {920, 0}, {936, 0},
	/* 157 V1ObjectReference: apiVersion fieldPath kind name namespace resourceVersion uid */
	{0, 0}, {1078, 0}, {11, 0}, {889, 0}, {894, 0}, {920, 0}, {945, 0},
	/* 158 V1CSIDriverSpec: attachRequired fsGroupPolicy podInfoOnMount requiresRepublish seLinuxMount
	 * storageCapacity tokenRequests volumeLifecycleModes */
	{1088, 38}, {1103, 0}, {1117, 38}, {1132, 38}, {1150, 38}, {1163, 38}, {1179, 287}, {1193, 237},
	/* 159 V1CSINodeSpec: drivers! */
	{1214, 289 | R},
	/* 160 V1LabelSelector: matchExpressions matchLabels */
	{1222, 291}, {1239, 37},
	/* 161 V1CertificateSigningRequestSpec: expirationSeconds extra groups request! signerName! uid usages
	 * username */
	{1251, 77}, {1269, 292}, {1275, 237}, {1282, 35 | R}, {1290, 0 | R}, {945, 0}, {1301, 237}, {1308, 0},
	/* 162 V1CertificateSigningRequestStatus: certificate conditions */
	{1317, 35}, {1039, 294},
	/* 163 V1AggregationRule: clusterRoleSelectors */
	{1329, 295},
	/* 164 V1PolicyRule: apiGroups nonResourceURLs resourceNames resources verbs! */
	{1350, 237}, {1360, 237}, {1376, 237}, {1390, 237}, {1400, 237 | R},
	/* 165 V1RoleRef: apiGroup! kind! name! */
	{1406, 0 | R}, {11, 0 | R}, {889, 0 | R},
	/* 166 RbacV1Subject: apiGroup kind! name! namespace */
	{1406, 0}, {11, 0 | R}, {889, 0 | R}, {894, 0},
	/* 167 V1alpha1ClusterTrustBundleSpec: signerName trustBundle! */
	{1290, 0}, {1415, 0 | R},
	/* 168 V1CronJobSpec: concurrencyPolicy failedJobsHistoryLimit jobTemplate! schedule! startingDeadlineSeconds
	 * successfulJobsHistoryLimit suspend timeZone */
	{1427, 0}, {1445, 77}, {1468, 296 | R}, {1480, 0 | R}, {1489, 42}, {1513, 77}, {1540, 38}, {1548, 0},
	/* 169 V1CronJobStatus: active lastScheduleTime lastSuccessfulTime */
	{1557, 222}, {1564, 78}, {1581, 78},
	/* 170 V1CustomResourceDefinitionSpec: conversion group! names! preserveUnknownFields scope! versions! */
	{1600, 297}, {958, 0 | R}, {1611, 298 | R}, {1617, 38}, {1639, 0 | R}, {1645, 300 | R},
	/* 171 V1CustomResourceDefinitionStatus: acceptedNames conditions storedVersions */
	{1654, 298}, {1039, 302}, {1668, 237},
	/* 172 V1DaemonSetSpec: minReadySeconds revisionHistoryLimit selector! template! updateStrategy */
	{1683, 77}, {1699, 77}, {1720, 15 | R}, {489, 162 | R}, {1729, 303},
	/* 173 V1DaemonSetStatus: collisionCount conditions currentNumberScheduled! desiredNumberScheduled!
	 * numberAvailable numberMisscheduled! numberReady! numberUnavailable observedGeneration
	 * updatedNumberScheduled */
	{1744, 77}, {1039, 305}, {1759, 77 | R}, {1782, 77 | R}, {1805, 77}, {1821, 77 | R}, {1840, 77 | R},
	{1852, 77}, {1870, 42}, {1889, 77},
	/* 174 V1DeploymentSpec: minReadySeconds paused progressDeadlineSeconds replicas revisionHistoryLimit
	 * selector! strategy template! */
	{1683, 77}, {1912, 38}, {1919, 77}, {1943, 77}, {1699, 77}, {1720, 15 | R}, {1952, 306}, {489, 162 | R},
	/* 175 V1DeploymentStatus: availableReplicas collisionCount conditions observedGeneration readyReplicas
	 * replicas unavailableReplicas updatedReplicas */
	{1961, 77}, {1744, 77}, {1039, 308}, {1870, 42}, {1979, 77}, {1943, 77}, {1993, 77}, {2013, 77},
	/* 176 V1alpha3DeviceClassSpec: config selectors */
	{2029, 310}, {2036, 312},
	/* 177 V1beta1DeviceClassSpec: config selectors */
	{2029, 314}, {2036, 316},
	/* 178 V1Endpoint: addresses! conditions deprecatedTopology hints hostname nodeName targetRef zone */
	{2046, 237 | R}, {1039, 317}, {2056, 37}, {2075, 318}, {2081, 0}, {2090, 0}, {2099, 7}, {2109, 0},
	/* 179 DiscoveryV1EndpointPort: appProtocol name port protocol */
	{2114, 0}, {889, 0}, {2126, 77}, {2131, 0},
	/* 180 V1EndpointSubset: addresses notReadyAddresses ports */
	{2046, 320}, {2140, 320}, {203, 322},
	/* 181 V1EventSource: component host */
	{2158, 0}, {2168, 0},
	/* 182 EventsV1EventSeries: count! lastObservedTime! */
	{396, 77 | R}, {2173, 78 | R},
	/* 183 CoreV1EventSeries: count lastObservedTime */
	{396, 77}, {2173, 78},
	/* 184 V1FlowSchemaSpec: distinguisherMethod matchingPrecedence priorityLevelConfiguration! rules */
	{2190, 323}, {2210, 77}, {2229, 324 | R}, {123, 326},
	/* 185 V1FlowSchemaStatus: conditions */
	{1039, 328},
	/* 186 V1HorizontalPodAutoscalerSpec: maxReplicas! minReplicas scaleTargetRef! targetCPUUtilizationPercentage */
	{2256, 77 | R}, {2268, 77}, {2280, 329 | R}, {2295, 77},
	/* 187 V1HorizontalPodAutoscalerStatus: currentCPUUtilizationPercentage currentReplicas! desiredReplicas!
	 * lastScaleTime observedGeneration */
	{2326, 77}, {2358, 77 | R}, {2374, 77 | R}, {2390, 78}, {1870, 42},
	/* 188 V2HorizontalPodAutoscalerSpec: behavior maxReplicas! metrics minReplicas scaleTargetRef! */
	{2404, 330}, {2256, 77 | R}, {2413, 332}, {2268, 77}, {2280, 333 | R},
	/* 189 V2HorizontalPodAutoscalerStatus: conditions currentMetrics currentReplicas desiredReplicas!
	 * lastScaleTime observedGeneration */
	{1039, 335}, {2421, 337}, {2358, 77}, {2374, 77 | R}, {2390, 78}, {1870, 42},
	/* 190 V1beta1IPAddressSpec: parentRef! */
	{2436, 338 | R},
	/* 191 V1IngressSpec: defaultBackend ingressClassName rules tls */
	{2446, 339}, {2461, 0}, {123, 341}, {2478, 343},
	/* 192 V1IngressStatus: loadBalancer */
	{2482, 344},
	/* 193 V1IngressClassSpec: controller parameters */
	{2495, 0}, {692, 345},
	/* 194 V1JobSpec: activeDeadlineSeconds backoffLimit backoffLimitPerIndex completionMode completions managedBy
	 * manualSelector maxFailedIndexes parallelism podFailurePolicy podReplacementPolicy selector successPolicy
	 * suspend template! ttlSecondsAfterFinished */
	{2506, 42}, {2528, 77}, {2541, 77}, {2562, 0}, {2577, 77}, {2589, 0}, {2599, 38}, {2614, 77}, {2631, 77},
	{2643, 346}, {2660, 0}, {1720, 15}, {2681, 347}, {1540, 38}, {489, 162 | R}, {2695, 77},
	/* 195 V1JobStatus: active completedIndexes completionTime conditions failed failedIndexes ready startTime
	 * succeeded terminating uncountedTerminatedPods */
	{1557, 77}, {2719, 0}, {2736, 78}, {1039, 349}, {2751, 77}, {2758, 0}, {2772, 77}, {2778, 78}, {2788, 77},
	{2798, 77}, {2810, 350},
	/* 196 V1LeaseSpec: acquireTime holderIdentity leaseDurationSeconds leaseTransitions preferredHolder renewTime
	 * strategy */
	{2834, 78}, {2846, 0}, {2861, 77}, {2882, 77}, {2899, 0}, {2915, 78}, {1952, 0},
	/* 197 V1alpha2LeaseCandidateSpec: binaryVersion! emulationVersion leaseName! pingTime renewTime strategy! */
	{2925, 0 | R}, {2939, 0}, {2956, 0 | R}, {2966, 78}, {2915, 78}, {1952, 0 | R},
	/* 198 V1LimitRangeSpec: limits! */
	{2975, 352 | R},
	/* 199 V1SubjectAccessReviewSpec: extra groups nonResourceAttributes resourceAttributes uid user */
	{1269, 292}, {1275, 237}, {2982, 353}, {3004, 354}, {945, 0}, {3023, 0},
	/* 200 V1SubjectAccessReviewStatus: allowed! denied evaluationError reason */
	{3028, 38 | R}, {3036, 38}, {3043, 0}, {321, 0},
	/* 201 V1alpha1MutatingAdmissionPolicySpec: failurePolicy matchConditions matchConstraints mutations paramKind
	 * reinvocationPolicy variables */
	{3059, 0}, {3073, 356}, {3089, 357}, {3106, 359}, {3116, 360}, {3126, 0}, {3145, 362},
	/* 202 V1alpha1MutatingAdmissionPolicyBindingSpec: matchResources paramRef policyName */
	{3155, 357}, {3170, 363}, {3179, 0},
	/* 203 V1MutatingWebhook: admissionReviewVersions! clientConfig! failurePolicy matchConditions matchPolicy
	 * name! namespaceSelector objectSelector reinvocationPolicy rules sideEffects! timeoutSeconds */
	{3190, 237 | R}, {3214, 364 | R}, {3059, 0}, {3073, 366}, {3227, 0}, {889, 0 | R}, {3239, 15}, {3257, 15},
	{3126, 0}, {123, 368}, {3272, 0 | R}, {3284, 77},
	/* 204 V1NamespaceSpec: finalizers */
	{833, 237},
	/* 205 V1NamespaceStatus: conditions phase */
	{1039, 370}, {3299, 0},
	/* 206 V1NetworkPolicySpec: egress ingress podSelector! policyTypes */
	{3305, 372}, {3312, 374}, {3320, 15 | R}, {3332, 237},
	/* 207 V1NodeSpec: configSource externalID podCIDR podCIDRs providerID taints unschedulable */
	{3344, 375}, {3357, 0}, {3368, 0}, {3376, 237}, {3385, 0}, {3396, 377}, {3403, 38},
	/* 208 V1NodeStatus: addresses allocatable capacity conditions config daemonEndpoints features images nodeInfo
	 * phase runtimeHandlers volumesAttached volumesInUse */
	{2046, 379}, {3417, 380}, {50, 380}, {1039, 382}, {2029, 383}, {3429, 384}, {3445, 385}, {3454, 387},
	{3461, 388}, {3299, 0}, {3470, 390}, {3486, 392}, {3502, 237},
	/* 209 V1PersistentVolumeSpec: accessModes awsElasticBlockStore azureDisk azureFile capacity cephfs cinder
	 * claimRef csi fc flexVolume flocker gcePersistentDisk glusterfs hostPath iscsi local mountOptions nfs
	 * nodeAffinity persistentVolumeReclaimPolicy photonPersistentDisk portworxVolume quobyte rbd scaleIO
	 * storageClassName storageos volumeAttributesClassName volumeMode vsphereVolume */
	{3515, 237}, {3527, 393}, {3548, 394}, {3558, 395}, {50, 380}, {3568, 396}, {3575, 397}, {3582, 7},
	{3591, 398}, {3595, 399}, {3598, 400}, {3609, 401}, {3617, 402}, {3635, 403}, {3645, 404}, {3654, 405},
	{3660, 406}, {679, 237}, {3666, 407}, {3670, 408}, {3683, 0}, {3713, 409}, {3734, 410}, {3749, 411},
	{3757, 412}, {3761, 413}, {90, 0}, {3769, 414}, {3779, 0}, {3805, 0}, {3816, 415},
	/* 210 V1PersistentVolumeStatus: lastPhaseTransitionTime message phase reason */
	{3830, 78}, {446, 0}, {3299, 0}, {321, 0},
	/* 211 V1PersistentVolumeClaimSpec: accessModes dataSource dataSourceRef resources selector storageClassName
	 * volumeAttributesClassName volumeMode volumeName */
	{3515, 237}, {3854, 416}, {3865, 417}, {1390, 418}, {1720, 15}, {90, 0}, {3779, 0}, {3805, 0}, {3879, 0},
	/* 212 V1PersistentVolumeClaimStatus: accessModes allocatedResourceStatuses allocatedResources capacity
	 * conditions currentVolumeAttributesClassName modifyVolumeStatus phase */
	{3515, 237}, {3890, 37}, {3916, 380}, {50, 380}, {1039, 420}, {3935, 0}, {3968, 421}, {3299, 0},
	/* 213 V1PodSpec: activeDeadlineSeconds affinity automountServiceAccountToken containers! dnsConfig dnsPolicy
	 * enableServiceLinks ephemeralContainers hostAliases hostIPC hostNetwork hostPID hostUsers hostname
	 * imagePullSecrets initContainers nodeName nodeSelector os overhead preemptionPolicy priority
	 * priorityClassName readinessGates resourceClaims resources restartPolicy runtimeClassName schedulerName
	 * schedulingGates securityContext serviceAccount serviceAccountName setHostnameAsFQDN shareProcessNamespace
	 * subdomain terminationGracePeriodSeconds tolerations topologySpreadConstraints volumes */
	{2506, 42}, {3987, 422}, {586, 38}, {3996, 424 | R}, {4007, 425}, {4017, 0}, {4027, 38}, {4046, 427},
	{4066, 429}, {4078, 38}, {4096, 38}, {4108, 38}, {4116, 38}, {2081, 0}, {615, 221}, {4126, 424}, {2090, 0},
	{4141, 37}, {4154, 430}, {555, 380}, {524, 0}, {4157, 77}, {4166, 0}, {4184, 432}, {4199, 434}, {1390, 435},
	{4214, 0}, {4228, 0}, {4245, 0}, {4259, 437}, {4275, 438}, {4291, 0}, {4306, 0}, {4325, 38}, {4343, 38},
	{4365, 0}, {4375, 42}, {4405, 440}, {4417, 442}, {4443, 444},
	/* 214 V1PodStatus: conditions containerStatuses ephemeralContainerStatuses hostIP hostIPs
	 * initContainerStatuses message nominatedNodeName phase podIP podIPs qosClass reason resize
	 * resourceClaimStatuses startTime */
	{1039, 446}, {4451, 448}, {4469, 448}, {4496, 0}, {4503, 450}, {4511, 448}, {446, 0}, {4533, 0}, {3299, 0},
	{4551, 0}, {4557, 452}, {4564, 0}, {321, 0}, {4573, 0}, {4580, 454}, {2778, 78},
	/* 215 V1PodDisruptionBudgetSpec: maxUnavailable minAvailable selector unhealthyPodEvictionPolicy */
	{4602, 455}, {4617, 455}, {1720, 15}, {4630, 0},
	/* 216 V1PodDisruptionBudgetStatus: conditions currentHealthy! desiredHealthy! disruptedPods
	 * disruptionsAllowed! expectedPods! observedGeneration */
	{1039, 457}, {4657, 77 | R}, {4672, 77 | R}, {4687, 458}, {4701, 77 | R}, {4720, 77 | R}, {1870, 42},
	/* 217 V1PodTemplateSpec: metadata spec */
	{16, 1}, {25, 154},
	/* 218 V1PriorityLevelConfigurationSpec: exempt limited type! */
	{4733, 459}, {4740, 460}, {391, 0 | R},
	/* 219 V1PriorityLevelConfigurationStatus: conditions */
	{1039, 462},
	/* 220 V1ReplicaSetSpec: minReadySeconds replicas selector! template */
	{1683, 77}, {1943, 77}, {1720, 15 | R}, {489, 162},
	/* 221 V1ReplicaSetStatus: availableReplicas conditions fullyLabeledReplicas observedGeneration readyReplicas
	 * replicas! */
	{1961, 77}, {1039, 464}, {4748, 77}, {1870, 42}, {1979, 77}, {1943, 77 | R},
	/* 222 V1ReplicationControllerSpec: minReadySeconds replicas selector template */
	{1683, 77}, {1943, 77}, {1720, 37}, {489, 162},
	/* 223 V1ReplicationControllerStatus: availableReplicas conditions fullyLabeledReplicas observedGeneration
	 * readyReplicas replicas! */
	{1961, 77}, {1039, 466}, {4748, 77}, {1870, 42}, {1979, 77}, {1943, 77 | R},
	/* 224 V1alpha3ResourceClaimSpec: devices */
	{4769, 467},
	/* 225 V1alpha3ResourceClaimStatus: allocation devices reservedFor */
	{4777, 468}, {4769, 470}, {4788, 472},
	/* 226 V1beta1ResourceClaimSpec: devices */
	{4769, 473},
	/* 227 V1beta1ResourceClaimStatus: allocation devices reservedFor */
	{4777, 474}, {4769, 476}, {4788, 478},
	/* 228 V1alpha3ResourceClaimTemplateSpec: metadata spec! */
	{16, 1}, {25, 179 | R},
	/* 229 V1beta1ResourceClaimTemplateSpec: metadata spec! */
	{16, 1}, {25, 181 | R},
	/* 230 V1ResourceQuotaSpec: hard scopeSelector scopes */
	{4800, 380}, {4805, 479}, {4819, 237},
	/* 231 V1ResourceQuotaStatus: hard used */
	{4800, 380}, {4826, 380},
	/* 232 V1alpha3ResourceSliceSpec: allNodes devices driver! nodeName nodeSelector pool! */
	{4831, 38}, {4769, 481}, {4840, 0 | R}, {2090, 0}, {4141, 482}, {4847, 483 | R},
	/* 233 V1beta1ResourceSliceSpec: allNodes devices driver! nodeName nodeSelector pool! */
	{4831, 38}, {4769, 485}, {4840, 0 | R}, {2090, 0}, {4141, 482}, {4847, 486 | R},
	/* 234 V1Overhead: podFixed */
	{4852, 380},
	/* 235 V1Scheduling: nodeSelector tolerations */
	{4141, 37}, {4405, 440},
	/* 236 V1SelfSubjectAccessReviewSpec: nonResourceAttributes resourceAttributes */
	{2982, 353}, {3004, 354},
	/* 237 V1SelfSubjectReviewStatus: userInfo */
	{4861, 487},
	/* 238 V1beta1SelfSubjectReviewStatus: userInfo */
	{4861, 487},
	/* 239 V1SelfSubjectRulesReviewSpec: namespace */
	{894, 0},
	/* 240 V1SubjectRulesReviewStatus: evaluationError incomplete! nonResourceRules! resourceRules! */
	{3043, 0}, {4870, 38 | R}, {4881, 489 | R}, {4898, 491 | R},
	/* 241 V1ServiceSpec: allocateLoadBalancerNodePorts clusterIP clusterIPs externalIPs externalName
	 * externalTrafficPolicy healthCheckNodePort internalTrafficPolicy ipFamilies ipFamilyPolicy loadBalancerClass
	 * loadBalancerIP loadBalancerSourceRanges ports publishNotReadyAddresses selector sessionAffinity
	 * sessionAffinityConfig trafficDistribution type */
	{4912, 38}, {4942, 0}, {4952, 237}, {4963, 237}, {4975, 0}, {4988, 0}, {5010, 77}, {5030, 0}, {5052, 237},
	{5063, 0}, {5078, 0}, {5096, 0}, {5111, 237}, {203, 493}, {5136, 38}, {1720, 37}, {5161, 0}, {5177, 494},
	{5199, 0}, {391, 0},
	/* 242 V1ServiceStatus: conditions loadBalancer */
	{1039, 457}, {2482, 495},
	/* 243 V1LocalObjectReference: name */
	{889, 0},
	/* 244 V1beta1ServiceCIDRSpec: cidrs */
	{5219, 237},
	/* 245 V1beta1ServiceCIDRStatus: conditions */
	{1039, 457},
	/* 246 V1StatefulSetSpec: minReadySeconds ordinals persistentVolumeClaimRetentionPolicy podManagementPolicy
	 * replicas revisionHistoryLimit selector! serviceName! template! updateStrategy volumeClaimTemplates */
	{1683, 77}, {5225, 496}, {5234, 497}, {5271, 0}, {1943, 77}, {1699, 77}, {1720, 15 | R}, {5291, 0 | R},
	{489, 162 | R}, {1729, 498}, {5303, 151},
	/* 247 V1StatefulSetStatus: availableReplicas collisionCount conditions currentReplicas currentRevision
	 * observedGeneration readyReplicas replicas! updateRevision updatedReplicas */
	{1961, 77}, {1744, 77}, {1039, 500}, {2358, 77}, {5324, 0}, {1870, 42}, {1979, 77}, {1943, 77 | R}, {5340, 0},
	{2013, 77},
	/* 248 V1TopologySelectorTerm: matchLabelExpressions */
	{5355, 502},
	/* 249 V1alpha1StorageVersionStatus: commonEncodingVersion conditions storageVersions */
	{5377, 0}, {1039, 504}, {5399, 506},
	/* 250 V1alpha1StorageVersionMigrationSpec: continueToken resource! */
	{5415, 0}, {5429, 507 | R},
	/* 251 V1alpha1StorageVersionMigrationStatus: conditions resourceVersion */
	{1039, 509}, {920, 0},
	/* 252 V1TokenReviewSpec: audiences token */
	{5438, 237}, {5448, 0},
	/* 253 V1TokenReviewStatus: audiences authenticated error user */
	{5438, 237}, {5454, 38}, {5468, 0}, {3023, 487},
	/* 254 V1ValidatingAdmissionPolicySpec: auditAnnotations failurePolicy matchConditions matchConstraints
	 * paramKind validations variables */
	{5474, 511}, {3059, 0}, {3073, 366}, {3089, 512}, {3116, 513}, {5491, 515}, {3145, 517},
	/* 255 V1ValidatingAdmissionPolicyStatus: conditions observedGeneration typeChecking */
	{1039, 457}, {1870, 42}, {5503, 518},
	/* 256 V1beta1ValidatingAdmissionPolicySpec: auditAnnotations failurePolicy matchConditions matchConstraints
	 * paramKind validations variables */
	{5474, 520}, {3059, 0}, {3073, 522}, {3089, 523}, {3116, 524}, {5491, 526}, {3145, 528},
	/* 257 V1beta1ValidatingAdmissionPolicyStatus: conditions observedGeneration typeChecking */
	{1039, 457}, {1870, 42}, {5503, 529},
	/* 258 V1ValidatingAdmissionPolicyBindingSpec: matchResources paramRef policyName validationActions */
	{3155, 512}, {3170, 530}, {3179, 0}, {5516, 237},
	/* 259 V1beta1ValidatingAdmissionPolicyBindingSpec: matchResources paramRef policyName validationActions */
	{3155, 523}, {3170, 531}, {3179, 0}, {5516, 237},
	/* 260 V1ValidatingWebhook: admissionReviewVersions! clientConfig! failurePolicy matchConditions matchPolicy
	 * name! namespaceSelector objectSelector rules sideEffects! timeoutSeconds */
	{3190, 237 | R}, {3214, 364 | R}, {3059, 0}, {3073, 366}, {3227, 0}, {889, 0 | R}, {3239, 15}, {3257, 15},
	{123, 368}, {3272, 0 | R}, {3284, 77},
	/* 261 vpa.VerticalPodAutoscalerSpec: recommenders resourcePolicy startupBoost targetRef! updatePolicy */
	{5534, 533}, {5547, 534}, {5562, 535}, {2099, 536 | R}, {5575, 537},
	/* 262 vpa.VerticalPodAutoscalerStatus: conditions observedGeneration recommendation */
	{1039, 539}, {1870, 540}, {5588, 541},
	/* 263 V1VolumeAttachmentSpec: attacher! nodeName! source! */
	{5603, 0 | R}, {2090, 0 | R}, {473, 542 | R},
	/* 264 V1VolumeAttachmentStatus: attachError attached! attachmentMetadata detachError */
	{5612, 543}, {5624, 38 | R}, {5633, 37}, {5652, 543},
	/* 265 V1ManagedFieldsEntry: apiVersion fieldsType fieldsV1 manager operation subresource time */
	{0, 0}, {5664, 0}, {5675, 41}, {5684, 0}, {5692, 0}, {5702, 0}, {5714, 78},
	/* 266 V1OwnerReference: apiVersion! blockOwnerDeletion controller kind! name! uid! */
	{0, 0 | R}, {5719, 38}, {2495, 38}, {11, 0 | R}, {889, 0 | R}, {945, 0 | R},
	/* 267 ApiregistrationV1ServiceReference: name namespace port */
	{889, 0}, {894, 0}, {2126, 77},
	/* 268 V1APIServiceCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 269 StorageV1TokenRequest: audience! expirationSeconds */
	{5757, 0 | R}, {1251, 42},
	/* 270 V1CSINodeDriver: allocatable name! nodeID! topologyKeys */
	{3417, 544}, {889, 0 | R}, {5766, 0 | R}, {5773, 237},
	/* 271 V1LabelSelectorRequirement: key! operator! values */
	{5786, 0 | R}, {5790, 0 | R}, {5799, 237},
	/* 272 V1CertificateSigningRequestCondition: lastTransitionTime lastUpdateTime message reason status! type! */
	{5738, 78}, {5806, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 273 V1JobTemplateSpec: metadata spec */
	{16, 1}, {25, 108},
	/* 274 V1CustomResourceConversion: strategy! webhook */
	{1952, 0 | R}, {5821, 545},
	/* 275 V1CustomResourceDefinitionNames: categories kind! listKind plural! shortNames singular */
	{5829, 237}, {11, 0 | R}, {5840, 0}, {5849, 0 | R}, {5856, 237}, {5867, 0},
	/* 276 V1CustomResourceDefinitionVersion: additionalPrinterColumns deprecated deprecationWarning name! schema
	 * selectableFields served! storage! subresources */
	{5876, 547}, {5901, 38}, {5912, 0}, {889, 0 | R}, {5931, 548}, {5938, 550}, {5955, 38 | R}, {5962, 38 | R},
	{5970, 551},
	/* 277 V1CustomResourceDefinitionCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 278 V1DaemonSetUpdateStrategy: rollingUpdate type */
	{5983, 552}, {391, 0},
	/* 279 V1DaemonSetCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 280 V1DeploymentStrategy: rollingUpdate type */
	{5983, 553}, {391, 0},
	/* 281 V1DeploymentCondition: lastTransitionTime lastUpdateTime message reason status! type! */
	{5738, 78}, {5806, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 282 V1alpha3DeviceClassConfiguration: opaque */
	{5997, 554},
	/* 283 V1alpha3DeviceSelector: cel */
	{6004, 555},
	/* 284 V1beta1DeviceClassConfiguration: opaque */
	{5997, 556},
	/* 285 V1beta1DeviceSelector: cel */
	{6004, 557},
	/* 286 V1EndpointConditions: ready serving terminating */
	{2772, 38}, {6008, 38}, {2798, 38},
	/* 287 V1EndpointHints: forZones */
	{6016, 559},
	/* 288 V1EndpointAddress: hostname ip! nodeName targetRef */
	{2081, 0}, {6025, 0 | R}, {2090, 0}, {2099, 7},
	/* 289 CoreV1EndpointPort: appProtocol name port! protocol */
	{2114, 0}, {889, 0}, {2126, 77 | R}, {2131, 0},
	/* 290 V1FlowDistinguisherMethod: type! */
	{391, 0 | R},
	/* 291 V1PriorityLevelConfigurationReference: name! */
	{889, 0 | R},
	/* 292 V1PolicyRulesWithSubjects: nonResourceRules resourceRules subjects! */
	{4881, 561}, {4898, 563}, {137, 565 | R},
	/* 293 V1FlowSchemaCondition: lastTransitionTime message reason status type */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0}, {391, 0},
	/* 294 V1CrossVersionObjectReference: apiVersion kind! name! */
	{0, 0}, {11, 0 | R}, {889, 0 | R},
	/* 295 V2HorizontalPodAutoscalerBehavior: scaleDown scaleUp */
	{6028, 566}, {6038, 566},
	/* 296 V2MetricSpec: containerResource external object pods resource type! */
	{6046, 567}, {6064, 568}, {6073, 569}, {6080, 570}, {5429, 571}, {391, 0 | R},
	/* 297 V2CrossVersionObjectReference: apiVersion kind! name! */
	{0, 0}, {11, 0 | R}, {889, 0 | R},
	/* 298 V2HorizontalPodAutoscalerCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 299 V2MetricStatus: containerResource external object pods resource type! */
	{6046, 572}, {6064, 573}, {6073, 574}, {6080, 575}, {5429, 576}, {391, 0 | R},
	/* 300 V1beta1ParentReference: group name! namespace resource! */
	{958, 0}, {889, 0 | R}, {894, 0}, {5429, 0 | R},
	/* 301 V1IngressBackend: resource service */
	{5429, 416}, {1007, 577},
	/* 302 V1IngressRule: host http */
	{2168, 0}, {6085, 578},
	/* 303 V1IngressTLS: hosts secretName */
	{6090, 237}, {6096, 0},
	/* 304 V1IngressLoadBalancerStatus: ingress */
	{3312, 580},
	/* 305 V1IngressClassParametersReference: apiGroup kind! name! namespace scope */
	{1406, 0}, {11, 0 | R}, {889, 0 | R}, {894, 0}, {1639, 0},
	/* 306 V1PodFailurePolicy: rules! */
	{123, 582 | R},
	/* 307 V1SuccessPolicy: rules! */
	{123, 584 | R},
	/* 308 V1JobCondition: lastProbeTime lastTransitionTime message reason status! type! */
	{6107, 78}, {5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 309 V1UncountedTerminatedPods: failed succeeded */
	{2751, 237}, {2788, 237},
	/* 310 V1LimitRangeItem: default defaultRequest max maxLimitRequestRatio min type! */
	{6121, 380}, {6129, 380}, {6144, 380}, {6148, 380}, {6169, 380}, {391, 0 | R},
	/* 311 V1NonResourceAttributes: path verb */
	{6173, 0}, {6178, 0},
	/* 312 V1ResourceAttributes: fieldSelector group labelSelector name namespace resource subresource verb
	 * version */
	{6183, 585}, {958, 0}, {6197, 586}, {889, 0}, {894, 0}, {5429, 0}, {5702, 0}, {6178, 0}, {1015, 0},
	/* 313 V1alpha1MatchCondition: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 314 V1alpha1MatchResources: excludeResourceRules matchPolicy namespaceSelector objectSelector resourceRules */
	{6222, 588}, {3227, 0}, {3239, 15}, {3257, 15}, {4898, 588},
	/* 315 V1alpha1Mutation: applyConfiguration jsonPatch patchType! */
	{6243, 589}, {6262, 590}, {6272, 0 | R},
	/* 316 V1alpha1ParamKind: apiVersion kind */
	{0, 0}, {11, 0},
	/* 317 V1alpha1Variable: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 318 V1alpha1ParamRef: name namespace parameterNotFoundAction selector */
	{889, 0}, {894, 0}, {6282, 0}, {1720, 15},
	/* 319 AdmissionregistrationV1WebhookClientConfig: caBundle service url */
	{949, 35}, {1007, 591}, {6306, 0},
	/* 320 V1MatchCondition: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 321 V1RuleWithOperations: apiGroups apiVersions operations resources scope */
	{1350, 237}, {6310, 237}, {6322, 237}, {1390, 237}, {1639, 0},
	/* 322 V1NamespaceCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 323 V1NetworkPolicyEgressRule: ports to */
	{203, 593}, {6333, 595},
	/* 324 V1NetworkPolicyIngressRule: from ports */
	{6336, 595}, {203, 593},
	/* 325 V1NodeConfigSource: configMap */
	{6341, 596},
	/* 326 V1Taint: effect! key! timeAdded value */
	{6351, 0 | R}, {5786, 0 | R}, {6358, 78}, {541, 0},
	/* 327 V1NodeAddress: address! type! */
	{6368, 0 | R}, {391, 0 | R},
	/* 328 V1NodeCondition: lastHeartbeatTime lastTransitionTime message reason status! type! */
	{6376, 78}, {5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 329 V1NodeConfigStatus: active assigned error lastKnownGood */
	{1557, 375}, {6394, 375}, {5468, 0}, {6403, 375},
	/* 330 V1NodeDaemonEndpoints: kubeletEndpoint */
	{6417, 597},
	/* 331 V1NodeFeatures: supplementalGroupsPolicy */
	{6433, 38},
	/* 332 V1ContainerImage: names sizeBytes */
	{1611, 237}, {6458, 42},
	/* 333 V1NodeSystemInfo: architecture! bootID! containerRuntimeVersion! kernelVersion! kubeProxyVersion!
	 * kubeletVersion! machineID! operatingSystem! osImage! systemUUID! */
	{6468, 0 | R}, {6481, 0 | R}, {6488, 0 | R}, {6512, 0 | R}, {6526, 0 | R}, {6543, 0 | R}, {6558, 0 | R},
	{6568, 0 | R}, {6584, 0 | R}, {6592, 0 | R},
	/* 334 V1NodeRuntimeHandler: features name */
	{3445, 598}, {889, 0},
	/* 335 V1AttachedVolume: devicePath! name! */
	{6603, 0 | R}, {889, 0 | R},
	/* 336 V1AWSElasticBlockStoreVolumeSource: fsType partition readOnly volumeID! */
	{6614, 0}, {6621, 77}, {6631, 38}, {6640, 0 | R},
	/* 337 V1AzureDiskVolumeSource: cachingMode diskName! diskURI! fsType kind readOnly */
	{6649, 0}, {6661, 0 | R}, {6670, 0 | R}, {6614, 0}, {11, 0}, {6631, 38},
	/* 338 V1AzureFilePersistentVolumeSource: readOnly secretName! secretNamespace shareName! */
	{6631, 38}, {6096, 0 | R}, {6678, 0}, {6694, 0 | R},
	/* 339 V1CephFSPersistentVolumeSource: monitors! path readOnly secretFile secretRef user */
	{6704, 237 | R}, {6173, 0}, {6631, 38}, {6713, 0}, {6724, 599}, {3023, 0},
	/* 340 V1CinderPersistentVolumeSource: fsType readOnly secretRef volumeID! */
	{6614, 0}, {6631, 38}, {6724, 599}, {6640, 0 | R},
	/* 341 V1CSIPersistentVolumeSource: controllerExpandSecretRef controllerPublishSecretRef driver! fsType
	 * nodeExpandSecretRef nodePublishSecretRef nodeStageSecretRef readOnly volumeAttributes volumeHandle! */
	{6734, 599}, {6760, 599}, {4840, 0 | R}, {6614, 0}, {6787, 599}, {6807, 599}, {6828, 599}, {6631, 38},
	{6847, 37}, {6864, 0 | R},
	/* 342 V1FCVolumeSource: fsType lun readOnly targetWWNs wwids */
	{6614, 0}, {6877, 77}, {6631, 38}, {6881, 237}, {6892, 237},
	/* 343 V1FlexPersistentVolumeSource: driver! fsType options readOnly secretRef */
	{4840, 0 | R}, {6614, 0}, {6898, 37}, {6631, 38}, {6724, 599},
	/* 344 V1FlockerVolumeSource: datasetName datasetUUID */
	{6906, 0}, {6918, 0},
	/* 345 V1GCEPersistentDiskVolumeSource: fsType partition pdName! readOnly */
	{6614, 0}, {6621, 77}, {6930, 0 | R}, {6631, 38},
	/* 346 V1GlusterfsPersistentVolumeSource: endpoints! endpointsNamespace path! readOnly */
	{193, 0 | R}, {6937, 0}, {6173, 0 | R}, {6631, 38},
	/* 347 V1HostPathVolumeSource: path! type */
	{6173, 0 | R}, {391, 0},
	/* 348 V1ISCSIPersistentVolumeSource: chapAuthDiscovery chapAuthSession fsType initiatorName iqn!
	 * iscsiInterface lun! portals readOnly secretRef targetPortal! */
	{6956, 38}, {6974, 38}, {6614, 0}, {6990, 0}, {7004, 0 | R}, {7008, 0}, {6877, 77 | R}, {7023, 237},
	{6631, 38}, {6724, 599}, {7031, 0 | R},
	/* 349 V1LocalVolumeSource: fsType path! */
	{6614, 0}, {6173, 0 | R},
	/* 350 V1NFSVolumeSource: path! readOnly server! */
	{6173, 0 | R}, {6631, 38}, {7044, 0 | R},
	/* 351 V1VolumeNodeAffinity: required */
	{7051, 482},
	/* 352 V1PhotonPersistentDiskVolumeSource: fsType pdID! */
	{6614, 0}, {7060, 0 | R},
	/* 353 V1PortworxVolumeSource: fsType readOnly volumeID! */
	{6614, 0}, {6631, 38}, {6640, 0 | R},
	/* 354 V1QuobyteVolumeSource: group readOnly registry! tenant user volume! */
	{958, 0}, {6631, 38}, {7065, 0 | R}, {7074, 0}, {3023, 0}, {7081, 0 | R},
	/* 355 V1RBDPersistentVolumeSource: fsType image! keyring monitors! pool readOnly secretRef user */
	{6614, 0}, {7088, 0 | R}, {7094, 0}, {6704, 237 | R}, {4847, 0}, {6631, 38}, {6724, 599}, {3023, 0},
	/* 356 V1ScaleIOPersistentVolumeSource: fsType gateway! protectionDomain readOnly secretRef! sslEnabled
	 * storageMode storagePool system! volumeName */
	{6614, 0}, {7102, 0 | R}, {7110, 0}, {6631, 38}, {6724, 599 | R}, {7127, 38}, {7138, 0}, {7150, 0},
	{7162, 0 | R}, {3879, 0},
	/* 357 V1StorageOSPersistentVolumeSource: fsType readOnly secretRef volumeName volumeNamespace */
	{6614, 0}, {6631, 38}, {6724, 7}, {3879, 0}, {7169, 0},
	/* 358 V1VsphereVirtualDiskVolumeSource: fsType storagePolicyID storagePolicyName volumePath! */
	{6614, 0}, {7185, 0}, {7201, 0}, {7219, 0 | R},
	/* 359 V1TypedLocalObjectReference: apiGroup kind! name! */
	{1406, 0}, {11, 0 | R}, {889, 0 | R},
	/* 360 V1TypedObjectReference: apiGroup kind! name! namespace */
	{1406, 0}, {11, 0 | R}, {889, 0 | R}, {894, 0},
	/* 361 V1VolumeResourceRequirements: limits requests */
	{2975, 380}, {7230, 380},
	/* 362 V1PersistentVolumeClaimCondition: lastProbeTime lastTransitionTime message reason status! type! */
	{6107, 78}, {5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 363 V1ModifyVolumeStatus: status! targetVolumeAttributesClassName */
	{30, 0 | R}, {7239, 0},
	/* 364 V1Affinity: nodeAffinity podAffinity podAntiAffinity */
	{3670, 600}, {7271, 601}, {7283, 602},
	/* 365 V1Container: args command env envFrom image imagePullPolicy lifecycle livenessProbe name! ports
	 * readinessProbe resizePolicy resources restartPolicy securityContext startupProbe stdin stdinOnce
	 * terminationMessagePath terminationMessagePolicy tty volumeDevices volumeMounts workingDir */
	{7299, 237}, {7304, 237}, {7312, 604}, {7316, 606}, {7088, 0}, {7324, 0}, {7340, 607}, {7350, 608},
	{889, 0 | R}, {203, 610}, {7364, 608}, {7379, 612}, {1390, 435}, {4214, 0}, {4275, 613}, {7392, 608},
	{7405, 38}, {7411, 38}, {7421, 0}, {7444, 0}, {7469, 38}, {7473, 615}, {7487, 617}, {7500, 0},
	/* 366 V1PodDNSConfig: nameservers options searches */
	{7511, 237}, {6898, 619}, {7523, 237},
	/* 367 V1EphemeralContainer: args command env envFrom image imagePullPolicy lifecycle livenessProbe name!
	 * ports readinessProbe resizePolicy resources restartPolicy securityContext startupProbe stdin stdinOnce
	 * targetContainerName terminationMessagePath terminationMessagePolicy tty volumeDevices volumeMounts
	 * workingDir */
	{7299, 237}, {7304, 237}, {7312, 604}, {7316, 606}, {7088, 0}, {7324, 0}, {7340, 607}, {7350, 608},
	{889, 0 | R}, {203, 610}, {7364, 608}, {7379, 612}, {1390, 435}, {4214, 0}, {4275, 613}, {7392, 608},
	{7405, 38}, {7411, 38}, {7532, 0}, {7421, 0}, {7444, 0}, {7469, 38}, {7473, 615}, {7487, 617}, {7500, 0},
	/* 368 V1HostAlias: hostnames ip! */
	{7552, 237}, {6025, 0 | R},
	/* 369 V1PodOS: name! */
	{889, 0 | R},
	/* 370 V1PodReadinessGate: conditionType! */
	{7562, 0 | R},
	/* 371 V1PodResourceClaim: name! resourceClaimName resourceClaimTemplateName */
	{889, 0 | R}, {7576, 0}, {7594, 0},
	/* 372 V1ResourceRequirements: claims limits requests */
	{7620, 621}, {2975, 380}, {7230, 380},
	/* 373 V1PodSchedulingGate: name! */
	{889, 0 | R},
	/* 374 V1PodSecurityContext: appArmorProfile fsGroup fsGroupChangePolicy runAsGroup runAsNonRoot runAsUser
	 * seLinuxChangePolicy seLinuxOptions seccompProfile supplementalGroups supplementalGroupsPolicy sysctls
	 * windowsOptions */
	{7627, 622}, {7643, 42}, {7651, 0}, {7671, 42}, {7682, 38}, {7695, 42}, {7705, 0}, {7725, 623}, {7740, 624},
	{7755, 625}, {6433, 0}, {7774, 627}, {7782, 628},
	/* 375 V1Toleration: effect key operator tolerationSeconds value */
	{6351, 0}, {5786, 0}, {5790, 0}, {7797, 42}, {541, 0},
	/* 376 V1TopologySpreadConstraint: labelSelector matchLabelKeys maxSkew! minDomains nodeAffinityPolicy
	 * nodeTaintsPolicy topologyKey! whenUnsatisfiable! */
	{6197, 15}, {7815, 237}, {7830, 77 | R}, {7838, 77}, {7849, 0}, {7868, 0}, {7885, 0 | R}, {7897, 0 | R},
	/* 377 V1Volume: awsElasticBlockStore azureDisk azureFile cephfs cinder configMap csi downwardAPI emptyDir
	 * ephemeral fc flexVolume flocker gcePersistentDisk gitRepo glusterfs hostPath image iscsi name! nfs
	 * persistentVolumeClaim photonPersistentDisk portworxVolume projected quobyte rbd scaleIO secret storageos
	 * vsphereVolume */
	{3527, 393}, {3548, 394}, {3558, 629}, {3568, 630}, {3575, 631}, {6341, 632}, {3591, 633}, {7915, 634},
	{7927, 635}, {7936, 636}, {3595, 399}, {3598, 637}, {3609, 401}, {3617, 402}, {7946, 638}, {3635, 639},
	{3645, 404}, {7088, 640}, {3654, 641}, {889, 0 | R}, {3666, 407}, {7954, 642}, {3713, 409}, {3734, 410},
	{7976, 643}, {3749, 411}, {3757, 644}, {3761, 645}, {7986, 646}, {3769, 647}, {3816, 415},
	/* 378 V1PodCondition: lastProbeTime lastTransitionTime message reason status! type! */
	{6107, 78}, {5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 379 V1ContainerStatus: allocatedResources allocatedResourcesStatus containerID image! imageID! lastState
	 * name! ready! resources restartCount! started state user volumeMounts */
	{3916, 380}, {7993, 649}, {8018, 0}, {7088, 0 | R}, {8030, 0 | R}, {8038, 650}, {889, 0 | R}, {2772, 38 | R},
	{1390, 435}, {8048, 77 | R}, {8061, 38}, {8069, 650}, {3023, 651}, {7487, 653},
	/* 380 V1HostIP: ip! */
	{6025, 0 | R},
	/* 381 V1PodIP: ip! */
	{6025, 0 | R},
	/* 382 V1PodResourceClaimStatus: name! resourceClaimName */
	{889, 0 | R}, {7576, 0},
	/* 383 V1Condition: lastTransitionTime! message! observedGeneration reason! status! type! */
	{5738, 78 | R}, {446, 0 | R}, {1870, 42}, {321, 0 | R}, {30, 0 | R}, {391, 0 | R},
	/* 384 V1ExemptPriorityLevelConfiguration: lendablePercent nominalConcurrencyShares */
	{8075, 77}, {8091, 77},
	/* 385 V1LimitedPriorityLevelConfiguration: borrowingLimitPercent lendablePercent limitResponse
	 * nominalConcurrencyShares */
	{8116, 77}, {8075, 77}, {8138, 654}, {8091, 77},
	/* 386 V1PriorityLevelConfigurationCondition: lastTransitionTime message reason status type */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0}, {391, 0},
	/* 387 V1ReplicaSetCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 388 V1ReplicationControllerCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 389 V1alpha3DeviceClaim: config constraints requests */
	{2029, 656}, {8152, 658}, {7230, 660},
	/* 390 V1alpha3AllocationResult: devices nodeSelector */
	{4769, 661}, {4141, 482},
	/* 391 V1alpha3AllocatedDeviceStatus: conditions data device! driver! networkData pool! */
	{1039, 457}, {157, 41}, {8164, 0 | R}, {4840, 0 | R}, {8171, 662}, {4847, 0 | R},
	/* 392 V1alpha3ResourceClaimConsumerReference: apiGroup name! resource! uid! */
	{1406, 0}, {889, 0 | R}, {5429, 0 | R}, {945, 0 | R},
	/* 393 V1beta1DeviceClaim: config constraints requests */
	{2029, 664}, {8152, 666}, {7230, 668},
	/* 394 V1beta1AllocationResult: devices nodeSelector */
	{4769, 669}, {4141, 482},
	/* 395 V1beta1AllocatedDeviceStatus: conditions data device! driver! networkData pool! */
	{1039, 457}, {157, 41}, {8164, 0 | R}, {4840, 0 | R}, {8171, 670}, {4847, 0 | R},
	/* 396 V1beta1ResourceClaimConsumerReference: apiGroup name! resource! uid! */
	{1406, 0}, {889, 0 | R}, {5429, 0 | R}, {945, 0 | R},
	/* 397 V1ScopeSelector: matchExpressions */
	{1222, 672},
	/* 398 V1alpha3Device: basic name! */
	{8183, 673}, {889, 0 | R},
	/* 399 V1NodeSelector: nodeSelectorTerms! */
	{8192, 675 | R},
	/* 400 V1alpha3ResourcePool: generation! name! resourceSliceCount! */
	{857, 42 | R}, {889, 0 | R}, {8210, 42 | R},
	/* 401 V1beta1Device: basic name! */
	{8183, 676}, {889, 0 | R},
	/* 402 V1beta1ResourcePool: generation! name! resourceSliceCount! */
	{857, 42 | R}, {889, 0 | R}, {8210, 42 | R},
	/* 403 V1UserInfo: extra groups uid username */
	{1269, 292}, {1275, 237}, {945, 0}, {1308, 0},
	/* 404 V1NonResourceRule: nonResourceURLs verbs! */
	{1360, 237}, {1400, 237 | R},
	/* 405 V1ResourceRule: apiGroups resourceNames resources verbs! */
	{1350, 237}, {1376, 237}, {1390, 237}, {1400, 237 | R},
	/* 406 V1ServicePort: appProtocol name nodePort port! protocol targetPort */
	{2114, 0}, {889, 0}, {8229, 77}, {2126, 77 | R}, {2131, 0}, {8238, 455},
	/* 407 V1SessionAffinityConfig: clientIP */
	{8249, 677},
	/* 408 V1LoadBalancerStatus: ingress */
	{3312, 679},
	/* 409 V1StatefulSetOrdinals: start */
	{8258, 77},
	/* 410 V1StatefulSetPersistentVolumeClaimRetentionPolicy: whenDeleted whenScaled */
	{8264, 0}, {8276, 0},
	/* 411 V1StatefulSetUpdateStrategy: rollingUpdate type */
	{5983, 680}, {391, 0},
	/* 412 V1StatefulSetCondition: lastTransitionTime message reason status! type! */
	{5738, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 413 V1TopologySelectorLabelRequirement: key! values! */
	{5786, 0 | R}, {5799, 237 | R},
	/* 414 V1alpha1StorageVersionCondition: lastTransitionTime message! observedGeneration reason! status! type! */
	{5738, 78}, {446, 0 | R}, {1870, 42}, {321, 0 | R}, {30, 0 | R}, {391, 0 | R},
	/* 415 V1alpha1ServerStorageVersion: apiServerID decodableVersions encodingVersion servedVersions */
	{8287, 0}, {8299, 237}, {8317, 0}, {8333, 237},
	/* 416 V1alpha1GroupVersionResource: group resource version */
	{958, 0}, {5429, 0}, {1015, 0},
	/* 417 V1alpha1MigrationCondition: lastUpdateTime message reason status! type! */
	{5806, 78}, {446, 0}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 418 V1AuditAnnotation: key! valueExpression! */
	{5786, 0 | R}, {8348, 0 | R},
	/* 419 V1MatchResources: excludeResourceRules matchPolicy namespaceSelector objectSelector resourceRules */
	{6222, 682}, {3227, 0}, {3239, 15}, {3257, 15}, {4898, 682},
	/* 420 V1ParamKind: apiVersion kind */
	{0, 0}, {11, 0},
	/* 421 V1Validation: expression! message messageExpression reason */
	{6211, 0 | R}, {446, 0}, {8364, 0}, {321, 0},
	/* 422 V1Variable: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 423 V1TypeChecking: expressionWarnings */
	{8382, 684},
	/* 424 V1beta1AuditAnnotation: key! valueExpression! */
	{5786, 0 | R}, {8348, 0 | R},
	/* 425 V1beta1MatchCondition: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 426 V1beta1MatchResources: excludeResourceRules matchPolicy namespaceSelector objectSelector resourceRules */
	{6222, 686}, {3227, 0}, {3239, 15}, {3257, 15}, {4898, 686},
	/* 427 V1beta1ParamKind: apiVersion kind */
	{0, 0}, {11, 0},
	/* 428 V1beta1Validation: expression! message messageExpression reason */
	{6211, 0 | R}, {446, 0}, {8364, 0}, {321, 0},
	/* 429 V1beta1Variable: expression! name! */
	{6211, 0 | R}, {889, 0 | R},
	/* 430 V1beta1TypeChecking: expressionWarnings */
	{8382, 688},
	/* 431 V1ParamRef: name namespace parameterNotFoundAction selector */
	{889, 0}, {894, 0}, {6282, 0}, {1720, 15},
	/* 432 V1beta1ParamRef: name namespace parameterNotFoundAction selector */
	{889, 0}, {894, 0}, {6282, 0}, {1720, 15},
	/* 433 vpa.CrossVersionObjectReference: apiVersion kind! name! */
	{0, 0}, {11, 0 | R}, {889, 0 | R},
	/* 434 vpa.PodUpdatePolicy: evictAfterOOMSeconds evictionRequirements minReplicas updateMode */
	{8401, 689}, {8422, 691}, {2268, 77}, {8443, 692},
	/* 435 vpa.VerticalPodAutoscalerSpec.resourcePolicy: containerPolicies */
	{8506, 694},
	/* 436 vpa.VerticalPodAutoscalerSpec.recommenders[]: name! */
	{889, 0 | R},
	/* 437 vpa.StartupBoost: cpu */
	{8524, 695},
	/* 438 vpa.VerticalPodAutoscalerStatus.conditions[]: lastTransitionTime message observedGeneration reason
	 * status! type! */
	{5738, 78}, {446, 0}, {1870, 540}, {321, 0}, {30, 0 | R}, {391, 0 | R},
	/* 439 vpa.VerticalPodAutoscalerStatus.recommendation: containerRecommendations */
	{8528, 697},
	/* 440 V1VolumeAttachmentSource: inlineVolumeSpec persistentVolumeName */
	{8553, 146}, {8570, 0},
	/* 441 V1VolumeError: message time */
	{446, 0}, {5714, 78},
	/* 442 V1VolumeNodeResources: count */
	{396, 77},
	/* 443 V1WebhookConversion: clientConfig conversionReviewVersions! */
	{3214, 698}, {8591, 237 | R},
	/* 444 V1CustomResourceColumnDefinition: description format jsonPath! name! priority type! */
	{498, 0}, {8616, 0}, {8623, 0 | R}, {889, 0 | R}, {4157, 77}, {391, 0 | R},
	/* 445 V1CustomResourceValidation: openAPIV3Schema */
	{8632, 699},
	/* 446 V1SelectableField: jsonPath! */
	{8623, 0 | R},
	/* 447 V1CustomResourceSubresources: scale status */
	{8648, 700}, {30, 41},
	/* 448 V1RollingUpdateDaemonSet: maxSurge maxUnavailable */
	{8654, 455}, {4602, 455},
	/* 449 V1RollingUpdateDeployment: maxSurge maxUnavailable */
	{8654, 455}, {4602, 455},
	/* 450 V1alpha3OpaqueDeviceConfiguration: driver! parameters! */
	{4840, 0 | R}, {692, 41 | R},
	/* 451 V1alpha3CELDeviceSelector: expression! */
	{6211, 0 | R},
	/* 452 V1beta1OpaqueDeviceConfiguration: driver! parameters! */
	{4840, 0 | R}, {692, 41 | R},
	/* 453 V1beta1CELDeviceSelector: expression! */
	{6211, 0 | R},
	/* 454 V1ForZone: name! */
	{889, 0 | R},
	/* 455 V1NonResourcePolicyRule: nonResourceURLs! verbs! */
	{1360, 237 | R}, {1400, 237 | R},
	/* 456 V1ResourcePolicyRule: apiGroups! clusterScope namespaces resources! verbs! */
	{1350, 237 | R}, {8663, 38}, {8676, 237}, {1390, 237 | R}, {1400, 237 | R},
	/* 457 FlowcontrolV1Subject: group kind! serviceAccount user */
	{958, 701}, {11, 0 | R}, {4291, 702}, {3023, 703},
	/* 458 V2HPAScalingRules: policies selectPolicy stabilizationWindowSeconds */
	{8687, 705}, {8696, 0}, {8709, 77},
	/* 459 V2ContainerResourceMetricSource: container! name! target! */
	{8736, 0 | R}, {889, 0 | R}, {43, 706 | R},
	/* 460 V2ExternalMetricSource: metric! target! */
	{8746, 707 | R}, {43, 706 | R},
	/* 461 V2ObjectMetricSource: describedObject! metric! target! */
	{8753, 333 | R}, {8746, 707 | R}, {43, 706 | R},
	/* 462 V2PodsMetricSource: metric! target! */
	{8746, 707 | R}, {43, 706 | R},
	/* 463 V2ResourceMetricSource: name! target! */
	{889, 0 | R}, {43, 706 | R},
	/* 464 V2ContainerResourceMetricStatus: container! current! name! */
	{8736, 0 | R}, {8769, 708 | R}, {889, 0 | R},
	/* 465 V2ExternalMetricStatus: current! metric! */
	{8769, 708 | R}, {8746, 707 | R},
	/* 466 V2ObjectMetricStatus: current! describedObject! metric! */
	{8769, 708 | R}, {8753, 333 | R}, {8746, 707 | R},
	/* 467 V2PodsMetricStatus: current! metric! */
	{8769, 708 | R}, {8746, 707 | R},
	/* 468 V2ResourceMetricStatus: current! name! */
	{8769, 708 | R}, {889, 0 | R},
	/* 469 V1IngressServiceBackend: name! port */
	{889, 0 | R}, {2126, 709},
	/* 470 V1HTTPIngressRuleValue: paths! */
	{8777, 711 | R},
	/* 471 V1IngressLoadBalancerIngress: hostname ip ports */
	{2081, 0}, {6025, 0}, {203, 713},
	/* 472 V1PodFailurePolicyRule: action! onExitCodes onPodConditions */
	{217, 0 | R}, {8783, 714}, {8795, 716},
	/* 473 V1SuccessPolicyRule: succeededCount succeededIndexes */
	{8811, 77}, {8826, 0},
	/* 474 V1FieldSelectorAttributes: rawSelector requirements */
	{8843, 0}, {8855, 718},
	/* 475 V1LabelSelectorAttributes: rawSelector requirements */
	{8843, 0}, {8855, 291},
	/* 476 V1alpha1NamedRuleWithOperations: apiGroups apiVersions operations resourceNames resources scope */
	{1350, 237}, {6310, 237}, {6322, 237}, {1376, 237}, {1390, 237}, {1639, 0},
	/* 477 V1alpha1ApplyConfiguration: expression */
	{6211, 0},
	/* 478 V1alpha1JSONPatch: expression */
	{6211, 0},
	/* 479 AdmissionregistrationV1ServiceReference: name! namespace! path port */
	{889, 0 | R}, {894, 0 | R}, {6173, 0}, {2126, 77},
	/* 480 V1NetworkPolicyPort: endPort port protocol */
	{8868, 77}, {2126, 455}, {2131, 0},
	/* 481 V1NetworkPolicyPeer: ipBlock namespaceSelector podSelector */
	{8876, 719}, {3239, 15}, {3320, 15},
	/* 482 V1ConfigMapNodeConfigSource: kubeletConfigKey! name! namespace! resourceVersion uid */
	{8884, 0 | R}, {889, 0 | R}, {894, 0 | R}, {920, 0}, {945, 0},
	/* 483 V1DaemonEndpoint: Port! */
	{8901, 77 | R},
	/* 484 V1NodeRuntimeHandlerFeatures: recursiveReadOnlyMounts userNamespaces */
	{8906, 38}, {8930, 38},
	/* 485 V1SecretReference: name namespace */
	{889, 0}, {894, 0},
	/* 486 V1NodeAffinity: preferredDuringSchedulingIgnoredDuringExecution
	 * requiredDuringSchedulingIgnoredDuringExecution */
	{8945, 721}, {8993, 482},
	/* 487 V1PodAffinity: preferredDuringSchedulingIgnoredDuringExecution
	 * requiredDuringSchedulingIgnoredDuringExecution */
	{8945, 723}, {8993, 725},
	/* 488 V1PodAntiAffinity: preferredDuringSchedulingIgnoredDuringExecution
	 * requiredDuringSchedulingIgnoredDuringExecution */
	{8945, 723}, {8993, 725},
	/* 489 V1EnvVar: name! value valueFrom */
	{889, 0 | R}, {541, 0}, {9040, 726},
	/* 490 V1EnvFromSource: configMapRef prefix secretRef */
	{9050, 727}, {9063, 0}, {6724, 728},
	/* 491 V1Lifecycle: postStart preStop */
	{9070, 729}, {9080, 729},
	/* 492 V1Probe: exec failureThreshold grpc httpGet initialDelaySeconds periodSeconds successThreshold
	 * tcpSocket terminationGracePeriodSeconds timeoutSeconds */
	{9088, 730}, {9093, 77}, {9110, 731}, {9115, 732}, {9123, 77}, {9143, 77}, {9157, 77}, {9174, 733},
	{4375, 42}, {3284, 77},
	/* 493 V1ContainerPort: containerPort! hostIP hostPort name protocol */
	{9184, 77 | R}, {4496, 0}, {9198, 77}, {889, 0}, {2131, 0},
	/* 494 V1ContainerResizePolicy: resourceName! restartPolicy! */
	{9207, 0 | R}, {4214, 0 | R},
	/* 495 V1SecurityContext: allowPrivilegeEscalation appArmorProfile capabilities privileged procMount
	 * readOnlyRootFilesystem runAsGroup runAsNonRoot runAsUser seLinuxOptions seccompProfile windowsOptions */
	{9220, 38}, {7627, 622}, {9245, 734}, {9258, 38}, {9269, 0}, {9279, 38}, {7671, 42}, {7682, 38}, {7695, 42},
	{7725, 623}, {7740, 624}, {7782, 628},
	/* 496 V1VolumeDevice: devicePath! name! */
	{6603, 0 | R}, {889, 0 | R},
	/* 497 V1VolumeMount: mountPath! mountPropagation name! readOnly recursiveReadOnly subPath subPathExpr */
	{9302, 0 | R}, {9312, 0}, {889, 0 | R}, {6631, 38}, {9329, 0}, {9347, 0}, {9355, 0},
	/* 498 V1PodDNSConfigOption: name value */
	{889, 0}, {541, 0},
	/* 499 V1ResourceClaim: name! request */
	{889, 0 | R}, {1282, 0},
	/* 500 V1AppArmorProfile: localhostProfile type! */
	{9367, 0}, {391, 0 | R},
	/* 501 V1SELinuxOptions: level role type user */
	{9384, 0}, {9390, 0}, {391, 0}, {3023, 0},
	/* 502 V1SeccompProfile: localhostProfile type! */
	{9367, 0}, {391, 0 | R},
	/* 503 V1Sysctl: name! value! */
	{889, 0 | R}, {541, 0 | R},
	/* 504 V1WindowsSecurityContextOptions: gmsaCredentialSpec gmsaCredentialSpecName hostProcess runAsUserName */
	{9395, 0}, {9414, 0}, {9437, 38}, {9449, 0},
	/* 505 V1AzureFileVolumeSource: readOnly secretName! shareName! */
	{6631, 38}, {6096, 0 | R}, {6694, 0 | R},
	/* 506 V1CephFSVolumeSource: monitors! path readOnly secretFile secretRef user */
	{6704, 237 | R}, {6173, 0}, {6631, 38}, {6713, 0}, {6724, 220}, {3023, 0},
	/* 507 V1CinderVolumeSource: fsType readOnly secretRef volumeID! */
	{6614, 0}, {6631, 38}, {6724, 220}, {6640, 0 | R},
	/* 508 V1ConfigMapVolumeSource: defaultMode items name optional */
	{9463, 77}, {37, 736}, {889, 0}, {9475, 38},
	/* 509 V1CSIVolumeSource: driver! fsType nodePublishSecretRef readOnly volumeAttributes */
	{4840, 0 | R}, {6614, 0}, {6807, 220}, {6631, 38}, {6847, 37},
	/* 510 V1DownwardAPIVolumeSource: defaultMode items */
	{9463, 77}, {37, 738},
	/* 511 V1EmptyDirVolumeSource: medium sizeLimit */
	{9484, 0}, {9491, 14},
	/* 512 V1EphemeralVolumeSource: volumeClaimTemplate */
	{9501, 739},
	/* 513 V1FlexVolumeSource: driver! fsType options readOnly secretRef */
	{4840, 0 | R}, {6614, 0}, {6898, 37}, {6631, 38}, {6724, 220},
	/* 514 V1GitRepoVolumeSource: directory repository! revision */
	{9521, 0}, {9531, 0 | R}, {172, 0},
	/* 515 V1GlusterfsVolumeSource: endpoints! path! readOnly */
	{193, 0 | R}, {6173, 0 | R}, {6631, 38},
	/* 516 V1ImageVolumeSource: pullPolicy reference */
	{9542, 0}, {9553, 0},
	/* 517 V1ISCSIVolumeSource: chapAuthDiscovery chapAuthSession fsType initiatorName iqn! iscsiInterface lun!
	 * portals readOnly secretRef targetPortal! */
	{6956, 38}, {6974, 38}, {6614, 0}, {6990, 0}, {7004, 0 | R}, {7008, 0}, {6877, 77 | R}, {7023, 237},
	{6631, 38}, {6724, 220}, {7031, 0 | R},
	/* 518 V1PersistentVolumeClaimVolumeSource: claimName! readOnly */
	{9563, 0 | R}, {6631, 38},
	/* 519 V1ProjectedVolumeSource: defaultMode sources */
	{9463, 77}, {9573, 741},
	/* 520 V1RBDVolumeSource: fsType image! keyring monitors! pool readOnly secretRef user */
	{6614, 0}, {7088, 0 | R}, {7094, 0}, {6704, 237 | R}, {4847, 0}, {6631, 38}, {6724, 220}, {3023, 0},
	/* 521 V1ScaleIOVolumeSource: fsType gateway! protectionDomain readOnly secretRef! sslEnabled storageMode
	 * storagePool system! volumeName */
	{6614, 0}, {7102, 0 | R}, {7110, 0}, {6631, 38}, {6724, 220 | R}, {7127, 38}, {7138, 0}, {7150, 0},
	{7162, 0 | R}, {3879, 0},
	/* 522 V1SecretVolumeSource: defaultMode items optional secretName */
	{9463, 77}, {37, 736}, {9475, 38}, {6096, 0},
	/* 523 V1StorageOSVolumeSource: fsType readOnly secretRef volumeName volumeNamespace */
	{6614, 0}, {6631, 38}, {6724, 220}, {3879, 0}, {7169, 0},
	/* 524 V1ResourceStatus: name! resources */
	{889, 0 | R}, {1390, 743},
	/* 525 V1ContainerState: running terminated waiting */
	{9581, 744}, {9589, 745}, {9600, 746},
	/* 526 V1ContainerUser: linux */
	{9608, 747},
	/* 527 V1VolumeMountStatus: mountPath! name! readOnly recursiveReadOnly */
	{9302, 0 | R}, {889, 0 | R}, {6631, 38}, {9329, 0},
	/* 528 V1LimitResponse: queuing type! */
	{9614, 748}, {391, 0 | R},
	/* 529 V1alpha3DeviceClaimConfiguration: opaque requests */
	{5997, 554}, {7230, 237},
	/* 530 V1alpha3DeviceConstraint: matchAttribute requests */
	{9622, 0}, {7230, 237},
	/* 531 V1alpha3DeviceRequest: adminAccess allocationMode count deviceClassName! name! selectors */
	{9637, 38}, {9649, 0}, {396, 42}, {9664, 0 | R}, {889, 0 | R}, {2036, 312},
	/* 532 V1alpha3DeviceAllocationResult: config results */
	{2029, 750}, {9680, 752},
	/* 533 V1alpha3NetworkDeviceData: hardwareAddress interfaceName ips */
	{9688, 0}, {9704, 0}, {9718, 237},
	/* 534 V1beta1DeviceClaimConfiguration: opaque requests */
	{5997, 556}, {7230, 237},
	/* 535 V1beta1DeviceConstraint: matchAttribute requests */
	{9622, 0}, {7230, 237},
	/* 536 V1beta1DeviceRequest: adminAccess allocationMode count deviceClassName! name! selectors */
	{9637, 38}, {9649, 0}, {396, 42}, {9664, 0 | R}, {889, 0 | R}, {2036, 316},
	/* 537 V1beta1DeviceAllocationResult: config results */
	{2029, 754}, {9680, 756},
	/* 538 V1beta1NetworkDeviceData: hardwareAddress interfaceName ips */
	{9688, 0}, {9704, 0}, {9718, 237},
	/* 539 V1ScopedResourceSelectorRequirement: operator! scopeName! values */
	{5790, 0 | R}, {9722, 0 | R}, {5799, 237},
	/* 540 V1alpha3BasicDevice: attributes capacity */
	{9732, 758}, {50, 380},
	/* 541 V1NodeSelectorTerm: matchExpressions matchFields */
	{1222, 760}, {9743, 760},
	/* 542 V1beta1BasicDevice: attributes capacity */
	{9732, 762}, {50, 764},
	/* 543 V1ClientIPConfig: timeoutSeconds */
	{3284, 77},
	/* 544 V1LoadBalancerIngress: hostname ip ipMode ports */
	{2081, 0}, {6025, 0}, {9755, 0}, {203, 766},
	/* 545 V1RollingUpdateStatefulSetStrategy: maxUnavailable partition */
	{4602, 455}, {6621, 77},
	/* 546 V1NamedRuleWithOperations: apiGroups apiVersions operations resourceNames resources scope */
	{1350, 237}, {6310, 237}, {6322, 237}, {1376, 237}, {1390, 237}, {1639, 0},
	/* 547 V1ExpressionWarning: fieldRef! warning! */
	{9762, 0 | R}, {9771, 0 | R},
	/* 548 V1beta1NamedRuleWithOperations: apiGroups apiVersions operations resourceNames resources scope */
	{1350, 237}, {6310, 237}, {6322, 237}, {1376, 237}, {1390, 237}, {1639, 0},
	/* 549 V1beta1ExpressionWarning: fieldRef! warning! */
	{9762, 0 | R}, {9771, 0 | R},
	/* 550 vpa.PodUpdatePolicy.evictionRequirements[]: changeRequirement! resources! */
	{9779, 767 | R}, {1390, 237 | R},
	/* 551 vpa.ContainerResourcePolicy: containerName controlledResources controlledValues maxAllowed
	 * memoryAggregationIntervalCount memoryAggregationIntervalSeconds minAllowed mode oomBumpUpRatio oomMinBumpUp
	 * startupBoost targetCPUPercentile targetMemoryPercentile */
	{9846, 0}, {9860, 237}, {9880, 768}, {9928, 770}, {9939, 771}, {9970, 689}, {10003, 770}, {10014, 772},
	{10019, 769}, {10034, 769}, {5562, 535}, {10047, 769}, {10067, 769},
	/* 552 vpa.StartupBoost.cpu: durationSeconds factor quantity type! */
	{10090, 77}, {10106, 77}, {10113, 769}, {391, 773 | R},
	/* 553 vpa.VerticalPodAutoscalerStatus.recommendation.containerRecommendations[]: containerName lowerBound
	 * target! uncappedTarget upperBound */
	{9846, 0}, {10138, 770}, {43, 770 | R}, {10149, 770}, {10164, 770},
	/* 554 ApiextensionsV1WebhookClientConfig: caBundle service url */
	{949, 35}, {1007, 774}, {6306, 0},
	/* 555 V1JSONSchemaProps: $ref $schema additionalItems additionalProperties allOf anyOf default definitions
	 * dependencies description enum example exclusiveMaximum exclusiveMinimum externalDocs format id items
	 * maxItems maxLength maxProperties maximum minItems minLength minProperties minimum multipleOf not nullable
	 * oneOf pattern patternProperties properties required title type uniqueItems x-kubernetes-embedded-resource
	 * x-kubernetes-int-or-string x-kubernetes-list-map-keys x-kubernetes-list-type x-kubernetes-map-type
	 * x-kubernetes-preserve-unknown-fields x-kubernetes-validations */
	{10175, 0}, {10180, 0}, {10188, 41}, {10204, 41}, {10225, 775}, {10231, 775}, {6121, 41}, {10237, 776},
	{10249, 777}, {498, 0}, {10262, 778}, {10267, 41}, {10275, 38}, {10292, 38}, {10309, 779}, {8616, 0},
	{10322, 0}, {37, 41}, {10325, 42}, {10334, 42}, {10344, 42}, {10358, 780}, {10366, 42}, {10375, 42},
	{10385, 42}, {10399, 780}, {10407, 780}, {10418, 699}, {10422, 38}, {10431, 775}, {10437, 0}, {10445, 776},
	{10463, 776}, {7051, 237}, {10474, 0}, {391, 0}, {10480, 38}, {10492, 38}, {10523, 38}, {10550, 237},
	{10577, 0}, {10600, 0}, {10622, 38}, {10659, 782},
	/* 556 V1CustomResourceSubresourceScale: labelSelectorPath specReplicasPath! statusReplicasPath! */
	{10684, 0}, {10702, 0 | R}, {10719, 0 | R},
	/* 557 V1GroupSubject: name! */
	{889, 0 | R},
	/* 558 V1ServiceAccountSubject: name! namespace! */
	{889, 0 | R}, {894, 0 | R},
	/* 559 V1UserSubject: name! */
	{889, 0 | R},
	/* 560 V2HPAScalingPolicy: periodSeconds! type! value! */
	{9143, 77 | R}, {391, 0 | R}, {541, 77 | R},
	/* 561 V2MetricTarget: averageUtilization averageValue type! value */
	{10738, 77}, {10757, 14}, {391, 0 | R}, {541, 14},
	/* 562 V2MetricIdentifier: name! selector */
	{889, 0 | R}, {1720, 15},
	/* 563 V2MetricValueStatus: averageUtilization averageValue value */
	{10738, 77}, {10757, 14}, {541, 14},
	/* 564 V1ServiceBackendPort: name number */
	{889, 0}, {10770, 77},
	/* 565 V1HTTPIngressPath: backend! path pathType! */
	{10777, 339 | R}, {6173, 0}, {10785, 0 | R},
	/* 566 V1IngressPortStatus: error port! protocol! */
	{5468, 0}, {2126, 77 | R}, {2131, 0 | R},
	/* 567 V1PodFailurePolicyOnExitCodesRequirement: containerName operator! values! */
	{9846, 0}, {5790, 0 | R}, {5799, 783 | R},
	/* 568 V1PodFailurePolicyOnPodConditionsPattern: status! type! */
	{30, 0 | R}, {391, 0 | R},
	/* 569 V1FieldSelectorRequirement: key! operator! values */
	{5786, 0 | R}, {5790, 0 | R}, {5799, 237},
	/* 570 V1IPBlock: cidr! except */
	{10794, 0 | R}, {10799, 237},
	/* 571 V1PreferredSchedulingTerm: preference! weight! */
	{10806, 674 | R}, {10817, 77 | R},
	/* 572 V1WeightedPodAffinityTerm: podAffinityTerm! weight! */
	{10824, 724 | R}, {10817, 77 | R},
	/* 573 V1PodAffinityTerm: labelSelector matchLabelKeys mismatchLabelKeys namespaceSelector namespaces
	 * topologyKey! */
	{6197, 15}, {7815, 237}, {10840, 237}, {3239, 15}, {8676, 237}, {7885, 0 | R},
	/* 574 V1EnvVarSource: configMapKeyRef fieldRef resourceFieldRef secretKeyRef */
	{10858, 784}, {9762, 785}, {10874, 786}, {10891, 787},
	/* 575 V1ConfigMapEnvSource: name optional */
	{889, 0}, {9475, 38},
	/* 576 V1SecretEnvSource: name optional */
	{889, 0}, {9475, 38},
	/* 577 V1LifecycleHandler: exec httpGet sleep tcpSocket */
	{9088, 730}, {9115, 732}, {10904, 788}, {9174, 733},
	/* 578 V1ExecAction: command */
	{7304, 237},
	/* 579 V1GRPCAction: port! service */
	{2126, 77 | R}, {1007, 0},
	/* 580 V1HTTPGetAction: host httpHeaders path port! scheme */
	{2168, 0}, {10910, 790}, {6173, 0}, {2126, 455 | R}, {10922, 0},
	/* 581 V1TCPSocketAction: host port! */
	{2168, 0}, {2126, 455 | R},
	/* 582 V1Capabilities: add drop */
	{10929, 237}, {10933, 237},
	/* 583 V1KeyToPath: key! mode path! */
	{5786, 0 | R}, {10014, 77}, {6173, 0 | R},
	/* 584 V1DownwardAPIVolumeFile: fieldRef mode path! resourceFieldRef */
	{9762, 785}, {10014, 77}, {6173, 0 | R}, {10874, 786},
	/* 585 V1PersistentVolumeClaimTemplate: metadata spec! */
	{16, 1}, {25, 148 | R},
	/* 586 V1VolumeProjection: clusterTrustBundle configMap downwardAPI secret serviceAccountToken */
	{10938, 791}, {6341, 792}, {7915, 793}, {7986, 794}, {10957, 795},
	/* 587 V1ResourceHealth: health resourceID! */
	{10977, 0}, {10984, 0 | R},
	/* 588 V1ContainerStateRunning: startedAt */
	{10995, 78},
	/* 589 V1ContainerStateTerminated: containerID exitCode! finishedAt message reason signal startedAt */
	{8018, 0}, {11005, 77 | R}, {11014, 78}, {446, 0}, {321, 0}, {11025, 77}, {10995, 78},
	/* 590 V1ContainerStateWaiting: message reason */
	{446, 0}, {321, 0},
	/* 591 V1LinuxContainerUser: gid! supplementalGroups uid! */
	{11032, 42 | R}, {7755, 625}, {945, 42 | R},
	/* 592 V1QueuingConfiguration: handSize queueLengthLimit queues */
	{11036, 77}, {11045, 77}, {11062, 77},
	/* 593 V1alpha3DeviceAllocationConfiguration: opaque requests source! */
	{5997, 554}, {7230, 237}, {473, 0 | R},
	/* 594 V1alpha3DeviceRequestAllocationResult: adminAccess device! driver! pool! request! */
	{9637, 38}, {8164, 0 | R}, {4840, 0 | R}, {4847, 0 | R}, {1282, 0 | R},
	/* 595 V1beta1DeviceAllocationConfiguration: opaque requests source! */
	{5997, 556}, {7230, 237}, {473, 0 | R},
	/* 596 V1beta1DeviceRequestAllocationResult: adminAccess device! driver! pool! request! */
	{9637, 38}, {8164, 0 | R}, {4840, 0 | R}, {4847, 0 | R}, {1282, 0 | R},
	/* 597 V1alpha3DeviceAttribute: bool int string version */
	{11069, 38}, {11074, 42}, {11078, 0}, {1015, 0},
	/* 598 V1NodeSelectorRequirement: key! operator! values */
	{5786, 0 | R}, {5790, 0 | R}, {5799, 237},
	/* 599 V1beta1DeviceAttribute: bool int string version */
	{11069, 38}, {11074, 42}, {11078, 0}, {1015, 0},
	/* 600 V1beta1DeviceCapacity: value! */
	{541, 14 | R},
	/* 601 V1PortStatus: error port! protocol! */
	{5468, 0}, {2126, 77 | R}, {2131, 0 | R},
	/* 602 ApiextensionsV1ServiceReference: name! namespace! path port */
	{889, 0 | R}, {894, 0 | R}, {6173, 0}, {2126, 77},
	/* 603 V1ExternalDocumentation: description url */
	{498, 0}, {6306, 0},
	/* 604 V1ValidationRule: fieldPath message messageExpression optionalOldSelf reason rule! */
	{1078, 0}, {446, 0}, {8364, 0}, {11085, 38}, {321, 0}, {11101, 0 | R},
	/* 605 V1ConfigMapKeySelector: key! name optional */
	{5786, 0 | R}, {889, 0}, {9475, 38},
	/* 606 V1ObjectFieldSelector: apiVersion fieldPath! */
	{0, 0}, {1078, 0 | R},
	/* 607 V1ResourceFieldSelector: containerName divisor resource! */
	{9846, 0}, {11106, 14}, {5429, 0 | R},
	/* 608 V1SecretKeySelector: key! name optional */
	{5786, 0 | R}, {889, 0}, {9475, 38},
	/* 609 V1SleepAction: seconds! */
	{11114, 42 | R},
	/* 610 V1HTTPHeader: name! value! */
	{889, 0 | R}, {541, 0 | R},
	/* 611 V1ClusterTrustBundleProjection: labelSelector name optional path! signerName */
	{6197, 15}, {889, 0}, {9475, 38}, {6173, 0 | R}, {1290, 0},
	/* 612 V1ConfigMapProjection: items name optional */
	{37, 736}, {889, 0}, {9475, 38},
	/* 613 V1DownwardAPIProjection: items */
	{37, 738},
	/* 614 V1SecretProjection: items name optional */
	{37, 736}, {889, 0}, {9475, 38},
	/* 615 V1ServiceAccountTokenProjection: audience expirationSeconds path! */
	{5757, 0}, {1251, 42}, {6173, 0 | R},
};
#undef R

/* per type, 2^bits slots: field index + 1 (0: empty), name length */
const struct k8s_slot k8s_slots[] = {
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 0 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 1 */
	{4, 6}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 2 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 3 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 4 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 5 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 6 */
	{7, 16}, {0, 0}, {1, 10}, {0, 0}, {6, 12}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4},
	{4, 17}, {5, 8}, {2, 8}, /* 7 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 8 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 9 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 10 */
	{0, 0}, {0, 0}, {2, 10}, {1, 15}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4},
	{5, 5}, {4, 8}, {0, 0}, /* 11 */
	{0, 0}, {5, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4},
	{4, 7}, {3, 8}, {0, 0}, /* 12 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 13 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 14 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 15 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 16 */
	{0, 0}, {3, 4}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {4, 9}, {5, 4},
	{0, 0}, {6, 8}, {0, 0}, /* 17 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 18 */
	{0, 0}, {2, 4}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 8}, {3, 4},
	{0, 0}, {4, 8}, {0, 0}, /* 19 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 20 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 21 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 22 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 23 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 24 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 25 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 26 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 27 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 28 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 29 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 30 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 31 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 32 */
	{0, 0}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {1, 11}, {0, 0}, {0, 0}, {0, 0}, {6, 5}, {0, 0}, {3, 9}, {4, 4},
	{0, 0}, {5, 8}, {0, 0}, /* 33 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 34 */
	{4, 7}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 35 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 36 */
	{0, 0}, {4, 24}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {16, 6}, {0, 0}, {0, 0}, {2, 10}, {14, 19}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {6, 16}, {7, 9}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {17, 4}, {13, 7}, {0, 0}, {11, 6}, {1, 6}, {15, 17}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {12, 9}, {10, 4}, {3, 15}, {0, 0}, {0, 0}, {8, 4}, {0, 0}, {0, 0},
	{5, 23}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 37 */
	{0, 0}, {3, 5}, {13, 18}, {8, 13}, {0, 0}, {0, 0}, {15, 6}, {0, 0}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 9}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {17, 4}, {12, 7}, {0, 0}, {11, 6}, {1, 6}, {14, 17}, {0, 0},
	{0, 0}, {0, 0}, {5, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {6, 14}, {10, 8}, {0, 0}, {16, 6}, {9, 7}, {0, 0}, {0, 0}, /* 38 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 39 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 40 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 41 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 42 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 43 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 44 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 45 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 46 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 47 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 48 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 49 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 50 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 51 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 52 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 53 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 54 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 55 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 56 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 57 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 58 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 59 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 60 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 61 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 62 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 63 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 64 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 65 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 66 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 67 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 68 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 69 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 70 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 71 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 72 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 73 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 74 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 75 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 76 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 77 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 78 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 79 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 80 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 81 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 82 */
	{0, 0}, {1, 10}, {4, 8}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 83 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 84 */
	{0, 0}, {0, 0}, {1, 10}, {6, 16}, {2, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 5}, {0, 0}, {0, 0}, {4, 4},
	{0, 0}, {3, 13}, {5, 8}, /* 85 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 86 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 87 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 88 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 89 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 90 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 91 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 92 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 93 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 94 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 95 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 96 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 97 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 98 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 99 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 100 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 101 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 102 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 103 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 104 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 105 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 106 */
	{4, 5}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 107 */
	{0, 0}, {5, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4},
	{4, 7}, {3, 8}, {0, 0}, /* 108 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 109 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 110 */
	{6, 10}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 8}, {3, 4},
	{0, 0}, {2, 7}, {4, 8}, /* 111 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 112 */
	{0, 0}, {2, 4}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 4}, {6, 10}, {3, 9}, {0, 0}, {4, 4},
	{0, 0}, {5, 8}, {0, 0}, /* 113 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 114 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 115 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 6}, {0, 0}, {2, 4}, {3, 8}, /* 116 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 6}, {0, 0}, {2, 4}, {3, 8}, /* 117 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 118 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 119 */
	{0, 0}, {0, 0}, {1, 10}, {6, 7}, {0, 0}, {3, 16}, {0, 0}, {0, 0}, {0, 0}, {2, 28}, {0, 0}, {0, 0}, {4, 4},
	{0, 0}, {5, 8}, {0, 0}, /* 120 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 121 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 122 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 123 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 124 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 125 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 126 */
	{0, 0}, {2, 17}, {8, 11}, {0, 0}, {3, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {9, 13}, {0, 0}, {0, 0}, {0, 0}, {1, 20}, {0, 0}, {10, 17}, {0, 0}, {0, 0}, {6, 12}, {4, 4}, {7, 10},
	{0, 0}, {0, 0}, {5, 8}, {0, 0}, {0, 0}, {0, 0}, /* 127 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 128 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 129 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 130 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 131 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 132 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 133 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 134 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 135 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 136 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 137 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {2, 4}, {3, 8}, /* 138 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 139 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 140 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 141 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 142 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, /* 143 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 144 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 145 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 146 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {4, 4}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {3, 8}, {0, 0}, /* 147 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 148 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {5, 10}, {3, 4},
	{0, 0}, {4, 8}, {0, 0}, /* 149 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {5, 10}, {3, 4},
	{0, 0}, {4, 8}, {0, 0}, /* 150 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 151 */
	{4, 8}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {2, 5}, /* 152 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 17}, {5, 10}, {14, 8}, {12, 15}, {0, 0}, {0, 0}, {0, 0}, {2, 17}, {6, 12},
	{7, 10}, {8, 6}, {15, 3}, {9, 13}, {10, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 26}, {0, 0}, {13, 15}, {0, 0},
	{1, 11}, {11, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 153 */
	{0, 0}, {1, 8}, {7, 15}, {0, 0}, {5, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 5}, {3, 20}, {0, 0},
	{6, 7}, {0, 0}, {4, 21}, /* 154 */
	{1, 10}, {0, 0}, /* 155 */
	{0, 0}, {4, 8}, {0, 0}, {1, 8}, {0, 0}, {2, 18}, {3, 15}, {0, 0}, /* 156 */
	{0, 0}, {0, 0}, {1, 10}, {2, 9}, {0, 0}, {0, 0}, {7, 3}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {0, 0}, {3, 4},
	{5, 9}, {6, 15}, {0, 0}, /* 157 */
	{0, 0}, {0, 0}, {3, 14}, {0, 0}, {4, 17}, {2, 13}, {6, 15}, {1, 14}, {0, 0}, {5, 12}, {0, 0}, {7, 13},
	{8, 20}, {0, 0}, {0, 0}, {0, 0}, /* 158 */
	{0, 0}, {1, 7}, /* 159 */
	{0, 0}, {2, 11}, {0, 0}, {1, 16}, /* 160 */
	{0, 0}, {5, 10}, {3, 6}, {2, 5}, {7, 6}, {0, 0}, {4, 7}, {6, 3}, {0, 0}, {0, 0}, {0, 0}, {8, 8}, {1, 17},
	{0, 0}, {0, 0}, {0, 0}, /* 161 */
	{0, 0}, {2, 10}, {0, 0}, {1, 11}, /* 162 */
	{1, 20}, {0, 0}, /* 163 */
	{0, 0}, {3, 13}, {0, 0}, {0, 0}, {1, 9}, {0, 0}, {0, 0}, {2, 15}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{4, 9}, {5, 5}, {0, 0}, /* 164 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {1, 8}, {2, 4}, {0, 0}, /* 165 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {1, 8}, {2, 4}, {4, 9}, /* 166 */
	{1, 10}, {2, 11}, {0, 0}, {0, 0}, /* 167 */
	{0, 0}, {3, 11}, {2, 22}, {4, 8}, {6, 26}, {0, 0}, {0, 0}, {8, 8}, {1, 17}, {5, 23}, {0, 0}, {0, 0}, {7, 7},
	{0, 0}, {0, 0}, {0, 0}, /* 168 */
	{0, 0}, {0, 0}, {0, 0}, {2, 16}, {0, 0}, {0, 0}, {3, 18}, {1, 6}, /* 169 */
	{0, 0}, {6, 8}, {0, 0}, {4, 21}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {5, 5}, {3, 5}, {2, 5}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 170 */
	{1, 13}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {3, 14}, {0, 0}, /* 171 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 8}, {3, 8}, {0, 0}, {0, 0}, {0, 0}, {2, 20}, {0, 0}, {0, 0}, {1, 15},
	{5, 14}, {0, 0}, {0, 0}, /* 172 */
	{3, 22}, {0, 0}, {1, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {10, 22}, {6, 18}, {7, 11}, {0, 0},
	{4, 22}, {0, 0}, {0, 0}, {9, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {8, 17}, {0, 0}, {0, 0}, {5, 15}, /* 173 */
	{0, 0}, {0, 0}, {2, 6}, {0, 0}, {3, 23}, {6, 8}, {8, 8}, {0, 0}, {0, 0}, {4, 8}, {5, 20}, {7, 8}, {1, 15},
	{0, 0}, {0, 0}, {0, 0}, /* 174 */
	{0, 0}, {2, 14}, {8, 15}, {0, 0}, {3, 10}, {0, 0}, {0, 0}, {0, 0}, {4, 18}, {1, 17}, {6, 8}, {7, 19}, {0, 0},
	{5, 13}, {0, 0}, {0, 0}, /* 175 */
	{2, 9}, {1, 6}, {0, 0}, {0, 0}, /* 176 */
	{2, 9}, {1, 6}, {0, 0}, {0, 0}, /* 177 */
	{3, 18}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {5, 8}, {8, 4}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, {4, 5}, {7, 9},
	{0, 0}, {6, 8}, {0, 0}, /* 178 */
	{1, 11}, {4, 8}, {0, 0}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {3, 4}, /* 179 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 17}, {1, 9}, {3, 5}, {0, 0}, /* 180 */
	{1, 9}, {0, 0}, {0, 0}, {2, 4}, /* 181 */
	{1, 5}, {2, 16}, {0, 0}, {0, 0}, /* 182 */
	{1, 5}, {2, 16}, {0, 0}, {0, 0}, /* 183 */
	{3, 26}, {0, 0}, {0, 0}, {1, 19}, {0, 0}, {0, 0}, {4, 5}, {2, 18}, /* 184 */
	{1, 10}, {0, 0}, /* 185 */
	{0, 0}, {0, 0}, {3, 14}, {0, 0}, {2, 11}, {1, 11}, {4, 30}, {0, 0}, /* 186 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 31}, {0, 0}, {0, 0}, {0, 0}, {5, 18}, {0, 0}, {3, 15}, {4, 13}, {0, 0},
	{2, 15}, {0, 0}, {0, 0}, /* 187 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 11}, {2, 11}, {1, 8}, {0, 0},
	{0, 0}, {3, 7}, {0, 0}, /* 188 */
	{0, 0}, {2, 14}, {0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {6, 18}, {0, 0}, {4, 15}, {5, 13}, {0, 0},
	{3, 15}, {0, 0}, {0, 0}, /* 189 */
	{0, 0}, {1, 9}, /* 190 */
	{1, 14}, {0, 0}, {2, 16}, {4, 3}, {0, 0}, {0, 0}, {3, 5}, {0, 0}, /* 191 */
	{0, 0}, {1, 12}, /* 192 */
	{0, 0}, {0, 0}, {1, 10}, {2, 10}, /* 193 */
	{13, 13}, {5, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 21}, {9, 11}, {10, 16}, {12, 8}, {15, 8},
	{0, 0}, {0, 0}, {0, 0}, {7, 14}, {16, 23}, {0, 0}, {0, 0}, {6, 9}, {0, 0}, {4, 14}, {3, 20}, {0, 0}, {14, 7},
	{0, 0}, {0, 0}, {2, 12}, {8, 16}, {11, 20}, {0, 0}, {0, 0}, /* 194 */
	{0, 0}, {0, 0}, {5, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 10}, {0, 0}, {0, 0}, {10, 11}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 16}, {3, 14}, {9, 9}, {11, 23}, {0, 0}, {0, 0}, {8, 9},
	{6, 13}, {0, 0}, {0, 0}, {7, 5}, {1, 6}, {0, 0}, /* 195 */
	{6, 9}, {0, 0}, {0, 0}, {0, 0}, {4, 16}, {1, 11}, {5, 15}, {0, 0}, {0, 0}, {0, 0}, {7, 8}, {0, 0}, {0, 0},
	{0, 0}, {2, 14}, {3, 20}, /* 196 */
	{1, 13}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {2, 16}, {0, 0}, {0, 0}, {3, 9}, {0, 0}, {6, 8}, {0, 0}, {0, 0},
	{0, 0}, {4, 8}, {0, 0}, /* 197 */
	{0, 0}, {1, 6}, /* 198 */
	{0, 0}, {0, 0}, {2, 6}, {1, 5}, {4, 18}, {6, 4}, {3, 21}, {5, 3}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 199 */
	{0, 0}, {1, 7}, {0, 0}, {0, 0}, {3, 15}, {4, 6}, {2, 6}, {0, 0}, /* 200 */
	{7, 9}, {0, 0}, {0, 0}, {1, 13}, {3, 16}, {4, 9}, {5, 9}, {6, 18}, {0, 0}, {0, 0}, {0, 0}, {2, 15}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 201 */
	{0, 0}, {1, 14}, {3, 10}, {2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 202 */
	{2, 12}, {12, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 13}, {9, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {6, 4}, {0, 0}, {11, 11}, {0, 0}, {1, 23}, {7, 17}, {4, 15}, {0, 0}, {8, 14}, {10, 5},
	{5, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 203 */
	{1, 10}, {0, 0}, /* 204 */
	{2, 5}, {1, 10}, {0, 0}, {0, 0}, /* 205 */
	{4, 11}, {0, 0}, {2, 7}, {0, 0}, {1, 6}, {3, 11}, {0, 0}, {0, 0}, /* 206 */
	{4, 8}, {0, 0}, {7, 13}, {0, 0}, {5, 10}, {0, 0}, {0, 0}, {3, 7}, {6, 6}, {1, 12}, {0, 0}, {0, 0}, {0, 0},
	{2, 10}, {0, 0}, {0, 0}, /* 207 */
	{0, 0}, {0, 0}, {0, 0}, {12, 15}, {0, 0}, {0, 0}, {10, 5}, {0, 0}, {4, 10}, {0, 0}, {0, 0}, {0, 0}, {5, 6},
	{0, 0}, {7, 8}, {0, 0}, {0, 0}, {0, 0}, {9, 8}, {11, 15}, {1, 9}, {13, 12}, {0, 0}, {0, 0}, {0, 0}, {6, 15},
	{0, 0}, {0, 0}, {2, 11}, {8, 6}, {0, 0}, {3, 8}, /* 208 */
	{29, 25}, {31, 13}, {0, 0}, {0, 0}, {26, 7}, {0, 0}, {0, 0}, {2, 20}, {6, 6}, {25, 3}, {0, 0}, {19, 3},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 9}, {0, 0}, {0, 0}, {4, 9}, {21, 29}, {22, 20}, {0, 0}, {0, 0}, {11, 10},
	{20, 12}, {0, 0}, {28, 9}, {0, 0}, {0, 0}, {0, 0}, {14, 9}, {13, 17}, {0, 0}, {12, 7}, {0, 0}, {15, 8},
	{0, 0}, {0, 0}, {0, 0}, {7, 6}, {0, 0}, {1, 11}, {0, 0}, {0, 0}, {0, 0}, {18, 12}, {23, 14}, {30, 10}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 3}, {16, 5}, {8, 8}, {17, 5}, {24, 7}, {0, 0}, {0, 0}, {27, 16}, {5, 8},
	{10, 2}, /* 209 */
	{2, 7}, {3, 5}, {0, 0}, {0, 0}, {4, 6}, {0, 0}, {0, 0}, {1, 23}, /* 210 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 8}, {0, 0}, {0, 0},
	{2, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 10}, {0, 0}, {3, 13}, {1, 11}, {0, 0}, {8, 10}, {0, 0}, {0, 0},
	{4, 9}, {0, 0}, {0, 0}, {0, 0}, {6, 16}, {7, 25}, /* 211 */
	{3, 18}, {0, 0}, {0, 0}, {6, 32}, {5, 10}, {2, 25}, {8, 5}, {0, 0}, {0, 0}, {0, 0}, {1, 11}, {0, 0}, {0, 0},
	{7, 18}, {0, 0}, {4, 8}, /* 212 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{37, 29}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {18, 12}, {36, 9}, {0, 0}, {16, 14}, {0, 0}, {11, 11},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 21}, {6, 9}, {21, 16}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {14, 8}, {15, 16}, {25, 14}, {31, 15}, {39, 25}, {0, 0}, {13, 9}, {0, 0},
	{0, 0}, {7, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {34, 17}, {0, 0}, {0, 0}, {23, 17},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {29, 13}, {0, 0}, {0, 0}, {19, 2}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {3, 28}, {0, 0}, {9, 11}, {32, 14}, {0, 0}, {0, 0}, {4, 10}, {0, 0}, {0, 0}, {0, 0}, {22, 8},
	{28, 16}, {0, 0}, {0, 0}, {0, 0}, {38, 11}, {20, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {35, 21}, {5, 9},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {8, 19}, {10, 7}, {26, 9}, {0, 0}, {0, 0}, {0, 0}, {30, 15}, {0, 0},
	{27, 13}, {0, 0}, {0, 0}, {12, 7}, {17, 8}, {2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {33, 18},
	{24, 14}, {40, 7}, /* 213 */
	{14, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 5}, {0, 0}, {1, 10}, {5, 7}, {10, 5}, {12, 8}, {0, 0},
	{4, 6}, {6, 21}, {8, 17}, {0, 0}, {13, 6}, {11, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {16, 9},
	{2, 17}, {0, 0}, {3, 26}, {0, 0}, {7, 7}, {15, 21}, /* 214 */
	{4, 26}, {0, 0}, {3, 8}, {0, 0}, {1, 14}, {0, 0}, {0, 0}, {2, 12}, /* 215 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 10}, {2, 14}, {5, 18}, {0, 0}, {7, 18}, {4, 13}, {0, 0}, {6, 12}, {0, 0},
	{0, 0}, {3, 14}, {0, 0}, /* 216 */
	{0, 0}, {0, 0}, {2, 4}, {1, 8}, /* 217 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 7}, {3, 4}, {0, 0}, {1, 6}, /* 218 */
	{1, 10}, {0, 0}, /* 219 */
	{0, 0}, {0, 0}, {3, 8}, {4, 8}, {2, 8}, {0, 0}, {1, 15}, {0, 0}, /* 220 */
	{0, 0}, {0, 0}, {3, 20}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {4, 18}, {1, 17}, {6, 8}, {0, 0}, {0, 0},
	{5, 13}, {0, 0}, {0, 0}, /* 221 */
	{0, 0}, {0, 0}, {3, 8}, {4, 8}, {2, 8}, {0, 0}, {1, 15}, {0, 0}, /* 222 */
	{0, 0}, {0, 0}, {3, 20}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {4, 18}, {1, 17}, {6, 8}, {0, 0}, {0, 0},
	{5, 13}, {0, 0}, {0, 0}, /* 223 */
	{0, 0}, {1, 7}, /* 224 */
	{3, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 7}, {1, 10}, /* 225 */
	{0, 0}, {1, 7}, /* 226 */
	{3, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 7}, {1, 10}, /* 227 */
	{0, 0}, {0, 0}, {2, 4}, {1, 8}, /* 228 */
	{0, 0}, {0, 0}, {2, 4}, {1, 8}, /* 229 */
	{3, 6}, {0, 0}, {1, 4}, {2, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 230 */
	{2, 4}, {1, 4}, {0, 0}, {0, 0}, /* 231 */
	{0, 0}, {0, 0}, {5, 12}, {6, 4}, {0, 0}, {1, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{2, 7}, {4, 8}, {3, 6}, /* 232 */
	{0, 0}, {0, 0}, {5, 12}, {6, 4}, {0, 0}, {1, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{2, 7}, {4, 8}, {3, 6}, /* 233 */
	{0, 0}, {1, 8}, /* 234 */
	{1, 12}, {0, 0}, {2, 11}, {0, 0}, /* 235 */
	{0, 0}, {1, 21}, {2, 18}, {0, 0}, /* 236 */
	{0, 0}, {1, 8}, /* 237 */
	{0, 0}, {1, 8}, /* 238 */
	{0, 0}, {1, 9}, /* 239 */
	{0, 0}, {0, 0}, {0, 0}, {2, 10}, {1, 15}, {3, 16}, {4, 13}, {0, 0}, /* 240 */
	{0, 0}, {17, 15}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {11, 17}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {4, 11}, {1, 29}, {0, 0}, {0, 0}, {0, 0}, {16, 8}, {10, 14}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {20, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {14, 5}, {0, 0},
	{0, 0}, {12, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 19}, {0, 0}, {0, 0}, {0, 0}, {9, 10}, {0, 0}, {19, 19},
	{2, 9}, {15, 24}, {5, 12}, {3, 10}, {0, 0}, {0, 0}, {0, 0}, {8, 21}, {6, 21}, {13, 24}, {18, 21}, {0, 0}, /* 241 */
	{0, 0}, {1, 10}, {2, 12}, {0, 0}, /* 242 */
	{0, 0}, {1, 4}, /* 243 */
	{0, 0}, {1, 5}, /* 244 */
	{1, 10}, {0, 0}, /* 245 */
	{0, 0}, {3, 36}, {0, 0}, {0, 0}, {2, 8}, {4, 19}, {0, 0}, {0, 0}, {9, 8}, {0, 0}, {7, 8}, {0, 0}, {0, 0},
	{0, 0}, {8, 11}, {11, 20}, {0, 0}, {0, 0}, {5, 8}, {6, 20}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 15},
	{10, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 246 */
	{0, 0}, {0, 0}, {2, 14}, {0, 0}, {10, 15}, {9, 14}, {0, 0}, {0, 0}, {3, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {5, 15}, {6, 18}, {8, 8}, {1, 17}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {4, 15}, {7, 13}, {0, 0}, {0, 0}, {0, 0}, /* 247 */
	{1, 21}, {0, 0}, /* 248 */
	{0, 0}, {3, 15}, {2, 10}, {1, 21}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 249 */
	{0, 0}, {0, 0}, {1, 13}, {2, 8}, /* 250 */
	{0, 0}, {1, 10}, {0, 0}, {2, 15}, /* 251 */
	{0, 0}, {0, 0}, {2, 5}, {1, 9}, /* 252 */
	{2, 13}, {4, 4}, {0, 0}, {3, 5}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, /* 253 */
	{7, 9}, {0, 0}, {1, 16}, {2, 13}, {4, 16}, {5, 9}, {0, 0}, {0, 0}, {6, 11}, {0, 0}, {0, 0}, {3, 15}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 254 */
	{3, 12}, {0, 0}, {1, 10}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, /* 255 */
	{7, 9}, {0, 0}, {1, 16}, {2, 13}, {4, 16}, {5, 9}, {0, 0}, {0, 0}, {6, 11}, {0, 0}, {0, 0}, {3, 15}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 256 */
	{3, 12}, {0, 0}, {1, 10}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, /* 257 */
	{0, 0}, {1, 14}, {3, 10}, {2, 8}, {4, 17}, {0, 0}, {0, 0}, {0, 0}, /* 258 */
	{0, 0}, {1, 14}, {3, 10}, {2, 8}, {4, 17}, {0, 0}, {0, 0}, {0, 0}, /* 259 */
	{2, 12}, {11, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {6, 4}, {0, 0}, {10, 11}, {0, 0}, {1, 23}, {7, 17}, {4, 15}, {0, 0}, {8, 14}, {9, 5},
	{5, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 260 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 14}, {0, 0}, {0, 0}, {0, 0}, {3, 12}, {0, 0}, {0, 0}, {4, 9},
	{5, 12}, {1, 12}, {0, 0}, /* 261 */
	{0, 0}, {0, 0}, {1, 10}, {3, 14}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, /* 262 */
	{2, 8}, {3, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 8}, /* 263 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {1, 11}, {3, 18}, {4, 11}, /* 264 */
	{0, 0}, {0, 0}, {1, 10}, {2, 10}, {3, 8}, {6, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 4}, {0, 0}, {4, 7},
	{5, 9}, {0, 0}, {0, 0}, /* 265 */
	{0, 0}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {6, 3}, {0, 0}, {5, 4}, {3, 10}, {2, 18}, {0, 0}, {4, 4},
	{0, 0}, {0, 0}, {0, 0}, /* 266 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {2, 9}, {3, 4}, /* 267 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 268 */
	{1, 8}, {0, 0}, {0, 0}, {2, 17}, /* 269 */
	{0, 0}, {0, 0}, {0, 0}, {4, 12}, {2, 4}, {3, 6}, {0, 0}, {1, 11}, /* 270 */
	{2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {1, 3}, /* 271 */
	{2, 14}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {5, 6}, {6, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 272 */
	{0, 0}, {0, 0}, {2, 4}, {1, 8}, /* 273 */
	{0, 0}, {2, 7}, {1, 8}, {0, 0}, /* 274 */
	{3, 8}, {6, 8}, {0, 0}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {5, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4},
	{0, 0}, {0, 0}, {4, 6}, /* 275 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 24}, {7, 6},
	{0, 0}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {0, 0}, {5, 6}, {6, 16}, {0, 0}, {0, 0}, {8, 7}, {9, 12},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 18}, /* 276 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 277 */
	{0, 0}, {0, 0}, {2, 4}, {1, 13}, /* 278 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 279 */
	{0, 0}, {0, 0}, {2, 4}, {1, 13}, /* 280 */
	{2, 14}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {5, 6}, {6, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 281 */
	{0, 0}, {1, 6}, /* 282 */
	{1, 3}, {0, 0}, /* 283 */
	{0, 0}, {1, 6}, /* 284 */
	{1, 3}, {0, 0}, /* 285 */
	{0, 0}, {0, 0}, {3, 11}, {0, 0}, {0, 0}, {0, 0}, {2, 7}, {1, 5}, /* 286 */
	{0, 0}, {1, 8}, /* 287 */
	{4, 9}, {0, 0}, {1, 8}, {0, 0}, {0, 0}, {0, 0}, {2, 2}, {3, 8}, /* 288 */
	{1, 11}, {4, 8}, {0, 0}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {3, 4}, /* 289 */
	{0, 0}, {1, 4}, /* 290 */
	{0, 0}, {1, 4}, /* 291 */
	{3, 8}, {0, 0}, {0, 0}, {0, 0}, {2, 13}, {1, 16}, {0, 0}, {0, 0}, /* 292 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 293 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {3, 4}, {0, 0}, {2, 4}, {0, 0}, /* 294 */
	{0, 0}, {1, 9}, {0, 0}, {2, 7}, /* 295 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {4, 4}, {6, 4}, {1, 17}, {3, 6}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {5, 8}, /* 296 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {3, 4}, {0, 0}, {2, 4}, {0, 0}, /* 297 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 298 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {4, 4}, {6, 4}, {1, 17}, {3, 6}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {5, 8}, /* 299 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {1, 5}, {3, 9}, {4, 8}, /* 300 */
	{0, 0}, {2, 7}, {0, 0}, {1, 8}, /* 301 */
	{0, 0}, {0, 0}, {2, 4}, {1, 4}, /* 302 */
	{0, 0}, {1, 5}, {2, 10}, {0, 0}, /* 303 */
	{1, 7}, {0, 0}, /* 304 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {5, 5}, {1, 8}, {0, 0}, {2, 4},
	{4, 9}, {0, 0}, {0, 0}, /* 305 */
	{0, 0}, {1, 5}, /* 306 */
	{0, 0}, {1, 5}, /* 307 */
	{0, 0}, {0, 0}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {5, 6}, {1, 13}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 308 */
	{1, 6}, {0, 0}, {2, 9}, {0, 0}, /* 309 */
	{0, 0}, {0, 0}, {2, 14}, {3, 3}, {5, 3}, {0, 0}, {0, 0}, {0, 0}, {6, 4}, {1, 7}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {4, 20}, {0, 0}, /* 310 */
	{1, 4}, {2, 4}, {0, 0}, {0, 0}, /* 311 */
	{0, 0}, {0, 0}, {3, 13}, {8, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 11}, {1, 13}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{9, 7}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {6, 8}, /* 312 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 313 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 13}, {0, 0}, {3, 17}, {1, 20}, {4, 14},
	{2, 11}, {0, 0}, {0, 0}, /* 314 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {2, 9}, {3, 9}, /* 315 */
	{1, 10}, {0, 0}, {0, 0}, {2, 4}, /* 316 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 317 */
	{0, 0}, {0, 0}, {4, 8}, {0, 0}, {1, 4}, {3, 23}, {2, 9}, {0, 0}, /* 318 */
	{1, 8}, {0, 0}, {2, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 3}, /* 319 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 320 */
	{3, 10}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, {2, 11}, {0, 0}, {0, 0}, {5, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{4, 9}, {0, 0}, {0, 0}, /* 321 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 322 */
	{0, 0}, {2, 2}, {1, 5}, {0, 0}, /* 323 */
	{0, 0}, {0, 0}, {1, 4}, {2, 5}, /* 324 */
	{1, 9}, {0, 0}, /* 325 */
	{3, 9}, {0, 0}, {0, 0}, {0, 0}, {4, 5}, {0, 0}, {1, 6}, {2, 3}, /* 326 */
	{0, 0}, {1, 7}, {2, 4}, {0, 0}, /* 327 */
	{0, 0}, {0, 0}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {1, 17}, {5, 6}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 328 */
	{0, 0}, {0, 0}, {0, 0}, {2, 8}, {3, 5}, {4, 13}, {0, 0}, {1, 6}, /* 329 */
	{0, 0}, {1, 15}, /* 330 */
	{0, 0}, {1, 24}, /* 331 */
	{0, 0}, {0, 0}, {1, 5}, {2, 9}, /* 332 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 6}, {0, 0}, {0, 0}, {8, 15}, {1, 12}, {0, 0}, {0, 0}, {3, 23}, {5, 16},
	{9, 7}, {0, 0}, {0, 0}, {10, 10}, {7, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {6, 14}, {0, 0}, {0, 0}, {4, 13},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 333 */
	{0, 0}, {1, 8}, {2, 4}, {0, 0}, /* 334 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 335 */
	{0, 0}, {1, 6}, {2, 9}, {0, 0}, {0, 0}, {0, 0}, {4, 8}, {3, 8}, /* 336 */
	{0, 0}, {3, 7}, {0, 0}, {4, 6}, {0, 0}, {0, 0}, {2, 8}, {0, 0}, {0, 0}, {1, 11}, {0, 0}, {0, 0}, {5, 4},
	{0, 0}, {0, 0}, {6, 8}, /* 337 */
	{0, 0}, {4, 9}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {3, 15}, {1, 8}, /* 338 */
	{3, 8}, {4, 10}, {2, 4}, {6, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {1, 8}, /* 339 */
	{0, 0}, {1, 6}, {0, 0}, {0, 0}, {3, 9}, {0, 0}, {4, 8}, {2, 8}, /* 340 */
	{7, 18}, {0, 0}, {9, 16}, {6, 20}, {1, 25}, {0, 0}, {0, 0}, {4, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 19},
	{10, 12}, {2, 26}, {0, 0}, {0, 0}, {3, 6}, {8, 8}, /* 341 */
	{0, 0}, {0, 0}, {4, 10}, {1, 6}, {0, 0}, {2, 3}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{5, 5}, {0, 0}, {3, 8}, /* 342 */
	{4, 8}, {3, 7}, {0, 0}, {2, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {1, 6}, /* 343 */
	{0, 0}, {2, 11}, {0, 0}, {1, 11}, /* 344 */
	{0, 0}, {1, 6}, {2, 9}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 8}, /* 345 */
	{4, 8}, {3, 4}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, {0, 0}, {2, 18}, /* 346 */
	{1, 4}, {0, 0}, {2, 4}, {0, 0}, /* 347 */
	{0, 0}, {4, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {0, 0}, {0, 0}, {0, 0}, {2, 15}, {7, 3},
	{0, 0}, {1, 17}, {0, 0}, {6, 14}, {10, 9}, {0, 0}, {0, 0}, {0, 0}, {8, 7}, {0, 0}, {0, 0}, {5, 3}, {0, 0},
	{0, 0}, {0, 0}, {11, 12}, {0, 0}, {9, 8}, {0, 0}, /* 348 */
	{1, 6}, {2, 4}, {0, 0}, {0, 0}, /* 349 */
	{0, 0}, {1, 4}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {0, 0}, {2, 8}, /* 350 */
	{1, 8}, {0, 0}, /* 351 */
	{1, 6}, {0, 0}, {2, 4}, {0, 0}, /* 352 */
	{0, 0}, {1, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 8}, {2, 8}, /* 353 */
	{0, 0}, {3, 8}, {4, 6}, {5, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 5}, {6, 6}, {0, 0},
	{0, 0}, {0, 0}, {2, 8}, /* 354 */
	{6, 8}, {0, 0}, {8, 4}, {1, 6}, {5, 4}, {0, 0}, {0, 0}, {0, 0}, {7, 9}, {3, 7}, {0, 0}, {0, 0}, {2, 5},
	{0, 0}, {0, 0}, {4, 8}, /* 355 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 16}, {0, 0}, {0, 0}, {1, 6}, {8, 11}, {2, 7}, {0, 0}, {0, 0}, {0, 0},
	{6, 10}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {9, 6}, {10, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 8}, {7, 11}, /* 356 */
	{0, 0}, {0, 0}, {0, 0}, {1, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 9}, {4, 10}, {5, 15}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 8}, /* 357 */
	{0, 0}, {1, 6}, {3, 17}, {0, 0}, {0, 0}, {0, 0}, {2, 15}, {4, 10}, /* 358 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {1, 8}, {2, 4}, {0, 0}, /* 359 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {1, 8}, {2, 4}, {4, 9}, /* 360 */
	{0, 0}, {0, 0}, {2, 8}, {1, 6}, /* 361 */
	{0, 0}, {0, 0}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {5, 6}, {1, 13}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 362 */
	{0, 0}, {0, 0}, {1, 6}, {2, 31}, /* 363 */
	{0, 0}, {0, 0}, {0, 0}, {1, 12}, {3, 15}, {0, 0}, {0, 0}, {2, 11}, /* 364 */
	{0, 0}, {17, 5}, {0, 0}, {0, 0}, {0, 0}, {24, 10}, {0, 0}, {0, 0}, {18, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {15, 15}, {0, 0}, {21, 3}, {8, 13}, {0, 0},
	{11, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 4}, {0, 0}, {0, 0}, {19, 22}, {10, 5}, {2, 7},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {23, 12}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 7}, {5, 5}, {7, 9}, {6, 15},
	{3, 3}, {13, 9}, {22, 13}, {0, 0}, {0, 0}, {14, 13}, {16, 12}, {20, 24}, {0, 0}, {0, 0}, {12, 12}, {0, 0}, /* 365 */
	{2, 7}, {0, 0}, {0, 0}, {1, 11}, {0, 0}, {0, 0}, {3, 8}, {0, 0}, /* 366 */
	{0, 0}, {17, 5}, {0, 0}, {0, 0}, {0, 0}, {25, 10}, {0, 0}, {0, 0}, {18, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {15, 15}, {0, 0}, {22, 3}, {8, 13}, {0, 0},
	{11, 14}, {0, 0}, {0, 0}, {19, 19}, {0, 0}, {0, 0}, {0, 0}, {9, 4}, {0, 0}, {0, 0}, {20, 22}, {10, 5}, {2, 7},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {24, 12}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 7}, {5, 5}, {7, 9}, {6, 15},
	{3, 3}, {13, 9}, {23, 13}, {0, 0}, {0, 0}, {14, 13}, {16, 12}, {21, 24}, {0, 0}, {0, 0}, {12, 12}, {0, 0}, /* 367 */
	{2, 2}, {0, 0}, {0, 0}, {1, 9}, /* 368 */
	{0, 0}, {1, 4}, /* 369 */
	{0, 0}, {1, 13}, /* 370 */
	{3, 25}, {2, 17}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {0, 0}, {0, 0}, /* 371 */
	{0, 0}, {1, 6}, {0, 0}, {0, 0}, {3, 8}, {0, 0}, {2, 6}, {0, 0}, /* 372 */
	{0, 0}, {1, 4}, /* 373 */
	{3, 19}, {0, 0}, {8, 14}, {13, 14}, {0, 0}, {0, 0}, {0, 0}, {9, 14}, {0, 0}, {0, 0}, {4, 10}, {0, 0}, {0, 0},
	{5, 12}, {0, 0}, {0, 0}, {0, 0}, {1, 15}, {6, 9}, {7, 19}, {10, 18}, {0, 0}, {12, 7}, {0, 0}, {0, 0}, {2, 7},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {11, 24}, /* 374 */
	{3, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 17}, {0, 0}, {5, 5}, {0, 0}, {0, 0}, {0, 0},
	{1, 6}, {2, 3}, {0, 0}, /* 375 */
	{0, 0}, {1, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 7}, {0, 0}, {5, 18}, {0, 0}, {6, 16}, {0, 0}, {4, 10},
	{7, 11}, {2, 14}, {8, 17}, /* 376 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {28, 7}, {0, 0}, {6, 9}, {1, 20}, {4, 6}, {27, 3}, {29, 6}, {21, 3}, {0, 0},
	{0, 0}, {15, 7}, {22, 21}, {2, 9}, {8, 11}, {25, 9}, {3, 9}, {0, 0}, {23, 20}, {0, 0}, {0, 0}, {10, 9},
	{12, 10}, {0, 0}, {30, 9}, {0, 0}, {0, 0}, {0, 0}, {16, 9}, {14, 17}, {20, 4}, {13, 7}, {0, 0}, {17, 8},
	{0, 0}, {0, 0}, {0, 0}, {5, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {24, 14}, {18, 5}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {7, 3}, {9, 8}, {19, 5}, {26, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {11, 2},
	{31, 13}, /* 377 */
	{0, 0}, {0, 0}, {0, 0}, {2, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 6}, {5, 6}, {1, 13}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {3, 7}, /* 378 */
	{1, 18}, {0, 0}, {0, 0}, {6, 9}, {13, 4}, {0, 0}, {0, 0}, {0, 0}, {12, 5}, {0, 0}, {0, 0}, {11, 7}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {3, 11}, {7, 4}, {2, 24}, {0, 0}, {0, 0}, {5, 7}, {14, 12}, {0, 0}, {4, 5}, {0, 0},
	{9, 9}, {0, 0}, {0, 0}, {8, 5}, {10, 12}, {0, 0}, /* 379 */
	{0, 0}, {1, 2}, /* 380 */
	{0, 0}, {1, 2}, /* 381 */
	{2, 17}, {0, 0}, {1, 4}, {0, 0}, /* 382 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 18}, {4, 6}, {5, 6}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 383 */
	{0, 0}, {2, 24}, {0, 0}, {1, 15}, /* 384 */
	{0, 0}, {1, 21}, {3, 13}, {4, 24}, {0, 0}, {0, 0}, {2, 15}, {0, 0}, /* 385 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 386 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 387 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 388 */
	{0, 0}, {0, 0}, {0, 0}, {1, 6}, {3, 8}, {0, 0}, {2, 11}, {0, 0}, /* 389 */
	{2, 12}, {0, 0}, {0, 0}, {1, 7}, /* 390 */
	{0, 0}, {2, 4}, {0, 0}, {6, 4}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{3, 6}, {5, 11}, {4, 6}, /* 391 */
	{0, 0}, {0, 0}, {0, 0}, {4, 3}, {2, 4}, {1, 8}, {0, 0}, {3, 8}, /* 392 */
	{0, 0}, {0, 0}, {0, 0}, {1, 6}, {3, 8}, {0, 0}, {2, 11}, {0, 0}, /* 393 */
	{2, 12}, {0, 0}, {0, 0}, {1, 7}, /* 394 */
	{0, 0}, {2, 4}, {0, 0}, {6, 4}, {1, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{3, 6}, {5, 11}, {4, 6}, /* 395 */
	{0, 0}, {0, 0}, {0, 0}, {4, 3}, {2, 4}, {1, 8}, {0, 0}, {3, 8}, /* 396 */
	{0, 0}, {1, 16}, /* 397 */
	{1, 5}, {0, 0}, {2, 4}, {0, 0}, /* 398 */
	{0, 0}, {1, 17}, /* 399 */
	{0, 0}, {0, 0}, {0, 0}, {1, 10}, {2, 4}, {0, 0}, {3, 18}, {0, 0}, /* 400 */
	{1, 5}, {0, 0}, {2, 4}, {0, 0}, /* 401 */
	{0, 0}, {0, 0}, {0, 0}, {1, 10}, {2, 4}, {0, 0}, {3, 18}, {0, 0}, /* 402 */
	{0, 0}, {1, 5}, {2, 6}, {3, 3}, {0, 0}, {4, 8}, {0, 0}, {0, 0}, /* 403 */
	{0, 0}, {1, 15}, {0, 0}, {2, 5}, /* 404 */
	{2, 13}, {0, 0}, {1, 9}, {0, 0}, {0, 0}, {0, 0}, {3, 9}, {4, 5}, /* 405 */
	{0, 0}, {1, 11}, {6, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {0, 0}, {3, 8},
	{0, 0}, {5, 8}, {4, 4}, /* 406 */
	{1, 8}, {0, 0}, /* 407 */
	{1, 7}, {0, 0}, /* 408 */
	{0, 0}, {1, 5}, /* 409 */
	{2, 10}, {1, 11}, {0, 0}, {0, 0}, /* 410 */
	{0, 0}, {0, 0}, {2, 4}, {1, 13}, /* 411 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 412 */
	{2, 6}, {0, 0}, {0, 0}, {1, 3}, /* 413 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 18}, {4, 6}, {5, 6}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 414 */
	{3, 15}, {0, 0}, {2, 17}, {1, 11}, {4, 14}, {0, 0}, {0, 0}, {0, 0}, /* 415 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 5}, {3, 7}, {2, 8}, /* 416 */
	{1, 14}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {4, 6}, {5, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 417 */
	{2, 15}, {0, 0}, {0, 0}, {1, 3}, /* 418 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 13}, {0, 0}, {3, 17}, {1, 20}, {4, 14},
	{2, 11}, {0, 0}, {0, 0}, /* 419 */
	{1, 10}, {0, 0}, {0, 0}, {2, 4}, /* 420 */
	{0, 0}, {0, 0}, {1, 10}, {3, 17}, {4, 6}, {0, 0}, {0, 0}, {2, 7}, /* 421 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 422 */
	{0, 0}, {1, 18}, /* 423 */
	{2, 15}, {0, 0}, {0, 0}, {1, 3}, /* 424 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 425 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 13}, {0, 0}, {3, 17}, {1, 20}, {4, 14},
	{2, 11}, {0, 0}, {0, 0}, /* 426 */
	{1, 10}, {0, 0}, {0, 0}, {2, 4}, /* 427 */
	{0, 0}, {0, 0}, {1, 10}, {3, 17}, {4, 6}, {0, 0}, {0, 0}, {2, 7}, /* 428 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 429 */
	{0, 0}, {1, 18}, /* 430 */
	{0, 0}, {0, 0}, {4, 8}, {0, 0}, {1, 4}, {3, 23}, {2, 9}, {0, 0}, /* 431 */
	{0, 0}, {0, 0}, {4, 8}, {0, 0}, {1, 4}, {3, 23}, {2, 9}, {0, 0}, /* 432 */
	{0, 0}, {1, 10}, {0, 0}, {0, 0}, {3, 4}, {0, 0}, {2, 4}, {0, 0}, /* 433 */
	{2, 20}, {0, 0}, {0, 0}, {1, 20}, {3, 11}, {4, 10}, {0, 0}, {0, 0}, /* 434 */
	{1, 17}, {0, 0}, /* 435 */
	{0, 0}, {1, 4}, /* 436 */
	{0, 0}, {1, 3}, /* 437 */
	{0, 0}, {0, 0}, {0, 0}, {1, 18}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 18}, {4, 6}, {5, 6}, {6, 4}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 438 */
	{0, 0}, {1, 24}, /* 439 */
	{0, 0}, {1, 16}, {2, 20}, {0, 0}, /* 440 */
	{0, 0}, {0, 0}, {2, 4}, {1, 7}, /* 441 */
	{1, 5}, {0, 0}, /* 442 */
	{1, 12}, {2, 24}, {0, 0}, {0, 0}, /* 443 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 11}, {0, 0}, {0, 0}, {0, 0}, {4, 4}, {6, 4}, {3, 8}, {5, 8}, {0, 0},
	{2, 6}, {0, 0}, {0, 0}, /* 444 */
	{0, 0}, {1, 15}, /* 445 */
	{0, 0}, {1, 8}, /* 446 */
	{0, 0}, {0, 0}, {1, 5}, {2, 6}, /* 447 */
	{0, 0}, {0, 0}, {2, 14}, {1, 8}, /* 448 */
	{0, 0}, {0, 0}, {2, 14}, {1, 8}, /* 449 */
	{0, 0}, {0, 0}, {2, 10}, {1, 6}, /* 450 */
	{1, 10}, {0, 0}, /* 451 */
	{0, 0}, {0, 0}, {2, 10}, {1, 6}, /* 452 */
	{1, 10}, {0, 0}, /* 453 */
	{0, 0}, {1, 4}, /* 454 */
	{0, 0}, {1, 15}, {0, 0}, {2, 5}, /* 455 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 10}, {0, 0},
	{2, 12}, {4, 9}, {5, 5}, /* 456 */
	{0, 0}, {4, 4}, {0, 0}, {0, 0}, {0, 0}, {1, 5}, {2, 4}, {3, 14}, /* 457 */
	{0, 0}, {0, 0}, {2, 12}, {0, 0}, {0, 0}, {1, 8}, {3, 26}, {0, 0}, /* 458 */
	{3, 6}, {1, 9}, {0, 0}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {0, 0}, /* 459 */
	{2, 6}, {0, 0}, {1, 6}, {0, 0}, /* 460 */
	{3, 6}, {1, 15}, {0, 0}, {0, 0}, {0, 0}, {2, 6}, {0, 0}, {0, 0}, /* 461 */
	{2, 6}, {0, 0}, {1, 6}, {0, 0}, /* 462 */
	{2, 6}, {0, 0}, {1, 4}, {0, 0}, /* 463 */
	{0, 0}, {1, 9}, {0, 0}, {0, 0}, {2, 7}, {3, 4}, {0, 0}, {0, 0}, /* 464 */
	{0, 0}, {0, 0}, {1, 7}, {2, 6}, /* 465 */
	{0, 0}, {2, 15}, {0, 0}, {0, 0}, {1, 7}, {3, 6}, {0, 0}, {0, 0}, /* 466 */
	{0, 0}, {0, 0}, {1, 7}, {2, 6}, /* 467 */
	{0, 0}, {0, 0}, {1, 7}, {2, 4}, /* 468 */
	{0, 0}, {0, 0}, {1, 4}, {2, 4}, /* 469 */
	{0, 0}, {1, 5}, /* 470 */
	{0, 0}, {0, 0}, {1, 8}, {0, 0}, {3, 5}, {0, 0}, {2, 2}, {0, 0}, /* 471 */
	{0, 0}, {3, 15}, {0, 0}, {0, 0}, {1, 6}, {0, 0}, {0, 0}, {2, 11}, /* 472 */
	{0, 0}, {0, 0}, {2, 16}, {1, 14}, /* 473 */
	{0, 0}, {1, 11}, {2, 12}, {0, 0}, /* 474 */
	{0, 0}, {1, 11}, {2, 12}, {0, 0}, /* 475 */
	{3, 10}, {4, 13}, {0, 0}, {0, 0}, {1, 9}, {2, 11}, {0, 0}, {0, 0}, {6, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{5, 9}, {0, 0}, {0, 0}, /* 476 */
	{1, 10}, {0, 0}, /* 477 */
	{1, 10}, {0, 0}, /* 478 */
	{0, 0}, {3, 4}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {2, 9}, {4, 4}, /* 479 */
	{3, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 7}, {2, 4}, /* 480 */
	{0, 0}, {1, 7}, {0, 0}, {0, 0}, {0, 0}, {2, 17}, {3, 11}, {0, 0}, /* 481 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 3}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {1, 16}, {4, 15},
	{3, 9}, {0, 0}, {0, 0}, /* 482 */
	{0, 0}, {1, 4}, /* 483 */
	{2, 14}, {1, 23}, {0, 0}, {0, 0}, /* 484 */
	{0, 0}, {0, 0}, {1, 4}, {2, 9}, /* 485 */
	{0, 0}, {1, 47}, {0, 0}, {2, 46}, /* 486 */
	{0, 0}, {1, 47}, {0, 0}, {2, 46}, /* 487 */
	{0, 0}, {1, 47}, {0, 0}, {2, 46}, /* 488 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {2, 5}, {3, 9}, {0, 0}, /* 489 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 9}, {1, 12}, {2, 6}, {0, 0}, /* 490 */
	{0, 0}, {0, 0}, {1, 9}, {2, 7}, /* 491 */
	{0, 0}, {10, 14}, {0, 0}, {9, 29}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 16}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{1, 4}, {0, 0}, {7, 16}, {0, 0}, {0, 0}, {0, 0}, {6, 13}, {0, 0}, {0, 0}, {8, 9}, {4, 7}, {5, 19}, {0, 0},
	{0, 0}, {3, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 492 */
	{1, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 6}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{3, 8}, {5, 8}, {0, 0}, /* 493 */
	{1, 12}, {0, 0}, {0, 0}, {2, 13}, /* 494 */
	{0, 0}, {0, 0}, {6, 22}, {10, 14}, {12, 14}, {0, 0}, {0, 0}, {11, 14}, {0, 0}, {0, 0}, {7, 10}, {0, 0},
	{0, 0}, {8, 12}, {0, 0}, {0, 0}, {0, 0}, {2, 15}, {9, 9}, {3, 12}, {0, 0}, {0, 0}, {0, 0}, {4, 10}, {0, 0},
	{0, 0}, {1, 24}, {0, 0}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, /* 495 */
	{0, 0}, {1, 10}, {2, 4}, {0, 0}, /* 496 */
	{0, 0}, {0, 0}, {6, 7}, {0, 0}, {1, 9}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {5, 17}, {2, 16}, {0, 0}, {0, 0},
	{0, 0}, {7, 11}, {4, 8}, /* 497 */
	{0, 0}, {0, 0}, {1, 4}, {2, 5}, /* 498 */
	{0, 0}, {2, 7}, {1, 4}, {0, 0}, /* 499 */
	{0, 0}, {1, 16}, {2, 4}, {0, 0}, /* 500 */
	{2, 4}, {1, 5}, {4, 4}, {0, 0}, {3, 4}, {0, 0}, {0, 0}, {0, 0}, /* 501 */
	{0, 0}, {1, 16}, {2, 4}, {0, 0}, /* 502 */
	{0, 0}, {0, 0}, {1, 4}, {2, 5}, /* 503 */
	{4, 13}, {2, 22}, {1, 18}, {0, 0}, {3, 11}, {0, 0}, {0, 0}, {0, 0}, /* 504 */
	{0, 0}, {3, 9}, {0, 0}, {0, 0}, {0, 0}, {2, 10}, {0, 0}, {1, 8}, /* 505 */
	{3, 8}, {4, 10}, {2, 4}, {6, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {1, 8}, /* 506 */
	{0, 0}, {1, 6}, {0, 0}, {0, 0}, {3, 9}, {0, 0}, {4, 8}, {2, 8}, /* 507 */
	{1, 11}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {4, 8}, {0, 0}, {2, 5}, /* 508 */
	{4, 8}, {3, 20}, {5, 16}, {2, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {1, 6}, /* 509 */
	{1, 11}, {0, 0}, {0, 0}, {2, 5}, /* 510 */
	{0, 0}, {1, 6}, {2, 9}, {0, 0}, /* 511 */
	{1, 19}, {0, 0}, /* 512 */
	{4, 8}, {3, 7}, {0, 0}, {2, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {1, 6}, /* 513 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 8}, {1, 9}, {2, 10}, /* 514 */
	{0, 0}, {2, 4}, {0, 0}, {0, 0}, {0, 0}, {1, 9}, {0, 0}, {3, 8}, /* 515 */
	{0, 0}, {0, 0}, {2, 9}, {1, 10}, /* 516 */
	{0, 0}, {4, 13}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {0, 0}, {0, 0}, {0, 0}, {2, 15}, {7, 3},
	{0, 0}, {1, 17}, {0, 0}, {6, 14}, {10, 9}, {0, 0}, {0, 0}, {0, 0}, {8, 7}, {0, 0}, {0, 0}, {5, 3}, {0, 0},
	{0, 0}, {0, 0}, {11, 12}, {0, 0}, {9, 8}, {0, 0}, /* 517 */
	{0, 0}, {0, 0}, {1, 9}, {2, 8}, /* 518 */
	{1, 11}, {0, 0}, {2, 7}, {0, 0}, /* 519 */
	{6, 8}, {0, 0}, {8, 4}, {1, 6}, {5, 4}, {0, 0}, {0, 0}, {0, 0}, {7, 9}, {3, 7}, {0, 0}, {0, 0}, {2, 5},
	{0, 0}, {0, 0}, {4, 8}, /* 520 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 16}, {0, 0}, {0, 0}, {1, 6}, {8, 11}, {2, 7}, {0, 0}, {0, 0}, {0, 0},
	{6, 10}, {0, 0}, {0, 0}, {5, 9}, {0, 0}, {9, 6}, {10, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 8}, {7, 11}, /* 521 */
	{1, 11}, {0, 0}, {0, 0}, {0, 0}, {3, 8}, {4, 10}, {0, 0}, {2, 5}, /* 522 */
	{0, 0}, {0, 0}, {0, 0}, {1, 6}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 9}, {4, 10}, {5, 15}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 8}, /* 523 */
	{0, 0}, {0, 0}, {1, 4}, {2, 9}, /* 524 */
	{2, 10}, {3, 7}, {0, 0}, {0, 0}, {1, 7}, {0, 0}, {0, 0}, {0, 0}, /* 525 */
	{0, 0}, {1, 5}, /* 526 */
	{0, 0}, {0, 0}, {1, 9}, {0, 0}, {2, 4}, {4, 17}, {0, 0}, {3, 8}, /* 527 */
	{1, 7}, {0, 0}, {2, 4}, {0, 0}, /* 528 */
	{0, 0}, {0, 0}, {2, 8}, {1, 6}, /* 529 */
	{0, 0}, {1, 14}, {2, 8}, {0, 0}, /* 530 */
	{2, 14}, {3, 5}, {6, 9}, {0, 0}, {0, 0}, {0, 0}, {4, 15}, {0, 0}, {5, 4}, {0, 0}, {0, 0}, {1, 11}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 531 */
	{0, 0}, {1, 6}, {2, 7}, {0, 0}, /* 532 */
	{0, 0}, {0, 0}, {1, 15}, {2, 13}, {3, 3}, {0, 0}, {0, 0}, {0, 0}, /* 533 */
	{0, 0}, {0, 0}, {2, 8}, {1, 6}, /* 534 */
	{0, 0}, {1, 14}, {2, 8}, {0, 0}, /* 535 */
	{2, 14}, {3, 5}, {6, 9}, {0, 0}, {0, 0}, {0, 0}, {4, 15}, {0, 0}, {5, 4}, {0, 0}, {0, 0}, {1, 11}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 536 */
	{0, 0}, {1, 6}, {2, 7}, {0, 0}, /* 537 */
	{0, 0}, {0, 0}, {1, 15}, {2, 13}, {3, 3}, {0, 0}, {0, 0}, {0, 0}, /* 538 */
	{1, 8}, {0, 0}, {0, 0}, {2, 9}, {0, 0}, {0, 0}, {3, 6}, {0, 0}, /* 539 */
	{0, 0}, {1, 10}, {0, 0}, {2, 8}, /* 540 */
	{2, 11}, {0, 0}, {0, 0}, {1, 16}, /* 541 */
	{0, 0}, {1, 10}, {0, 0}, {2, 8}, /* 542 */
	{1, 14}, {0, 0}, /* 543 */
	{0, 0}, {3, 6}, {1, 8}, {0, 0}, {4, 5}, {0, 0}, {2, 2}, {0, 0}, /* 544 */
	{0, 0}, {2, 9}, {1, 14}, {0, 0}, /* 545 */
	{3, 10}, {4, 13}, {0, 0}, {0, 0}, {1, 9}, {2, 11}, {0, 0}, {0, 0}, {6, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{5, 9}, {0, 0}, {0, 0}, /* 546 */
	{0, 0}, {0, 0}, {1, 8}, {2, 7}, /* 547 */
	{3, 10}, {4, 13}, {0, 0}, {0, 0}, {1, 9}, {2, 11}, {0, 0}, {0, 0}, {6, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{5, 9}, {0, 0}, {0, 0}, /* 548 */
	{0, 0}, {0, 0}, {1, 8}, {2, 7}, /* 549 */
	{2, 9}, {0, 0}, {0, 0}, {1, 17}, /* 550 */
	{4, 10}, {13, 22}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 16}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{10, 12}, {12, 19}, {0, 0}, {8, 4}, {0, 0}, {0, 0}, {6, 32}, {11, 12}, {9, 14}, {0, 0}, {0, 0}, {0, 0},
	{1, 13}, {5, 30}, {7, 10}, {2, 19}, {0, 0}, {0, 0}, {0, 0}, /* 551 */
	{0, 0}, {1, 15}, {0, 0}, {2, 6}, {4, 4}, {0, 0}, {0, 0}, {3, 8}, /* 552 */
	{4, 14}, {3, 6}, {0, 0}, {0, 0}, {5, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 13},
	{2, 10}, {0, 0}, {0, 0}, /* 553 */
	{1, 8}, {0, 0}, {2, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 3}, /* 554 */
	{0, 0}, {0, 0}, {44, 24}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {24, 9}, {39, 26}, {6, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {9, 12},
	{42, 21}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {19, 8}, {0, 0}, {34, 8}, {0, 0}, {0, 0}, {10, 11},
	{30, 5}, {32, 17}, {0, 0}, {14, 16}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {43, 36}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {22, 7}, {0, 0}, {13, 16}, {0, 0}, {0, 0}, {40, 26},
	{36, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {31, 7}, {0, 0}, {7, 7}, {25, 13}, {26, 7}, {28, 3}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, {20, 9}, {0, 0}, {5, 5}, {29, 8}, {0, 0}, {0, 0}, {41, 22}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {8, 11}, {4, 20}, {33, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {12, 7}, {0, 0}, {0, 0}, {1, 4}, {0, 0},
	{0, 0}, {35, 5}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {15, 12}, {16, 6}, {3, 15}, {18, 5}, {17, 2}, {23, 8},
	{11, 4}, {27, 10}, {38, 30}, {2, 7}, {21, 13}, {37, 11}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, /* 555 */
	{3, 18}, {0, 0}, {0, 0}, {0, 0}, {2, 16}, {0, 0}, {0, 0}, {1, 17}, /* 556 */
	{0, 0}, {1, 4}, /* 557 */
	{0, 0}, {0, 0}, {1, 4}, {2, 9}, /* 558 */
	{0, 0}, {1, 4}, /* 559 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 13}, {2, 4}, {3, 5}, {0, 0}, /* 560 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 4}, {4, 5}, {1, 18}, {2, 12}, /* 561 */
	{0, 0}, {2, 8}, {1, 4}, {0, 0}, /* 562 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 5}, {0, 0}, {1, 18}, {2, 12}, /* 563 */
	{0, 0}, {2, 6}, {1, 4}, {0, 0}, /* 564 */
	{0, 0}, {2, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 7}, {3, 8}, /* 565 */
	{3, 8}, {0, 0}, {0, 0}, {1, 5}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, /* 566 */
	{2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 13}, {3, 6}, /* 567 */
	{0, 0}, {0, 0}, {1, 6}, {2, 4}, /* 568 */
	{2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {1, 3}, /* 569 */
	{1, 4}, {2, 6}, {0, 0}, {0, 0}, /* 570 */
	{0, 0}, {1, 10}, {0, 0}, {2, 6}, /* 571 */
	{0, 0}, {1, 15}, {0, 0}, {2, 6}, /* 572 */
	{0, 0}, {1, 13}, {3, 17}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {4, 17}, {5, 10}, {6, 11},
	{0, 0}, {2, 14}, {0, 0}, /* 573 */
	{1, 15}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {4, 12}, {3, 16}, {0, 0}, /* 574 */
	{0, 0}, {0, 0}, {1, 4}, {2, 8}, /* 575 */
	{0, 0}, {0, 0}, {1, 4}, {2, 8}, /* 576 */
	{0, 0}, {0, 0}, {0, 0}, {1, 4}, {3, 5}, {2, 7}, {4, 9}, {0, 0}, /* 577 */
	{0, 0}, {1, 7}, /* 578 */
	{0, 0}, {2, 7}, {0, 0}, {1, 4}, /* 579 */
	{0, 0}, {0, 0}, {3, 4}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 11}, {0, 0}, {0, 0}, {5, 6}, {1, 4},
	{0, 0}, {0, 0}, {4, 4}, /* 580 */
	{2, 4}, {0, 0}, {0, 0}, {1, 4}, /* 581 */
	{0, 0}, {1, 3}, {2, 4}, {0, 0}, /* 582 */
	{0, 0}, {3, 4}, {0, 0}, {0, 0}, {2, 4}, {0, 0}, {0, 0}, {1, 3}, /* 583 */
	{0, 0}, {3, 4}, {0, 0}, {0, 0}, {1, 8}, {2, 4}, {4, 16}, {0, 0}, /* 584 */
	{0, 0}, {0, 0}, {2, 4}, {1, 8}, /* 585 */
	{0, 0}, {2, 9}, {1, 18}, {4, 6}, {3, 11}, {0, 0}, {0, 0}, {0, 0}, {5, 19}, {0, 0}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 586 */
	{0, 0}, {2, 10}, {0, 0}, {1, 6}, /* 587 */
	{0, 0}, {1, 9}, /* 588 */
	{0, 0}, {6, 6}, {2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 11}, {5, 6}, {0, 0}, {0, 0}, {7, 9},
	{3, 10}, {0, 0}, {4, 7}, /* 589 */
	{0, 0}, {0, 0}, {2, 6}, {1, 7}, /* 590 */
	{0, 0}, {0, 0}, {0, 0}, {3, 3}, {0, 0}, {2, 18}, {0, 0}, {1, 3}, /* 591 */
	{2, 16}, {0, 0}, {1, 8}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {0, 0}, /* 592 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {0, 0}, {1, 6}, {3, 6}, /* 593 */
	{0, 0}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {5, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 11}, {0, 0},
	{2, 6}, {0, 0}, {3, 6}, /* 594 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 8}, {0, 0}, {1, 6}, {3, 6}, /* 595 */
	{0, 0}, {0, 0}, {0, 0}, {4, 4}, {0, 0}, {0, 0}, {5, 7}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 11}, {0, 0},
	{2, 6}, {0, 0}, {3, 6}, /* 596 */
	{4, 7}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {2, 3}, {3, 6}, /* 597 */
	{2, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {3, 6}, {1, 3}, /* 598 */
	{4, 7}, {0, 0}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {2, 3}, {3, 6}, /* 599 */
	{0, 0}, {1, 5}, /* 600 */
	{3, 8}, {0, 0}, {0, 0}, {1, 5}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, /* 601 */
	{0, 0}, {3, 4}, {0, 0}, {0, 0}, {1, 4}, {0, 0}, {2, 9}, {4, 4}, /* 602 */
	{0, 0}, {1, 11}, {0, 0}, {2, 3}, /* 603 */
	{0, 0}, {0, 0}, {1, 9}, {0, 0}, {0, 0}, {3, 17}, {0, 0}, {0, 0}, {4, 15}, {5, 6}, {6, 4}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {2, 7}, /* 604 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, {0, 0}, {1, 3}, /* 605 */
	{1, 10}, {2, 9}, {0, 0}, {0, 0}, /* 606 */
	{3, 8}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {1, 13}, {2, 7}, /* 607 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, {0, 0}, {1, 3}, /* 608 */
	{1, 7}, {0, 0}, /* 609 */
	{0, 0}, {0, 0}, {1, 4}, {2, 5}, /* 610 */
	{0, 0}, {1, 13}, {4, 4}, {5, 10}, {0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, {0, 0}, {0, 0}, {0, 0},
	{0, 0}, {0, 0}, {0, 0}, /* 611 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, {0, 0}, {1, 5}, /* 612 */
	{0, 0}, {1, 5}, /* 613 */
	{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2, 4}, {3, 8}, {0, 0}, {1, 5}, /* 614 */
	{0, 0}, {1, 8}, {3, 4}, {0, 0}, {0, 0}, {0, 0}, {2, 17}, {0, 0}, /* 615 */
};

/* first field, first slot, field count, required fields, flags, slot bits */
const struct k8s_type k8s_types[] = {
	{0, 0, 5, 0, 0, 4}, /* 0: V1APIService */
	{5, 16, 4, 1, 0, 3}, /* 1: V1APIServiceList */
	{9, 24, 4, 1, 0, 3}, /* 2: V1Binding */
	{13, 32, 4, 1, 0, 3}, /* 3: V1CSIDriver */
	{17, 40, 4, 1, 0, 3}, /* 4: V1CSIDriverList */
	{21, 48, 4, 1, 0, 3}, /* 5: V1CSINode */
	{25, 56, 4, 1, 0, 3}, /* 6: V1CSINodeList */
	{29, 64, 7, 1, 0, 4}, /* 7: V1CSIStorageCapacity */
	{36, 80, 4, 1, 0, 3}, /* 8: V1CSIStorageCapacityList */
	{40, 88, 5, 1, 0, 4}, /* 9: V1CertificateSigningRequest */
	{45, 104, 4, 1, 0, 3}, /* 10: V1CertificateSigningRequestList */
	{49, 112, 5, 0, 0, 4}, /* 11: V1ClusterRole */
	{54, 128, 5, 1, 0, 4}, /* 12: V1ClusterRoleBinding */
	{59, 144, 4, 1, 0, 3}, /* 13: V1ClusterRoleBindingList */
	{63, 152, 4, 1, 0, 3}, /* 14: V1ClusterRoleList */
	{67, 160, 4, 1, 0, 3}, /* 15: V1alpha1ClusterTrustBundle */
	{71, 168, 4, 1, 0, 3}, /* 16: V1alpha1ClusterTrustBundleList */
	{75, 176, 6, 0, 0, 4}, /* 17: V1ConfigMap */
	{81, 192, 4, 1, 0, 3}, /* 18: V1ConfigMapList */
	{85, 200, 5, 1, 0, 4}, /* 19: V1ControllerRevision */
	{90, 216, 4, 1, 0, 3}, /* 20: V1ControllerRevisionList */
	{94, 224, 5, 0, 0, 4}, /* 21: V1CronJob */
	{99, 240, 4, 1, 0, 3}, /* 22: V1CronJobList */
	{103, 248, 5, 1, 0, 4}, /* 23: V1CustomResourceDefinition */
	{108, 264, 4, 1, 0, 3}, /* 24: V1CustomResourceDefinitionList */
	{112, 272, 5, 0, 0, 4}, /* 25: V1DaemonSet */
	{117, 288, 4, 1, 0, 3}, /* 26: V1DaemonSetList */
	{121, 296, 5, 0, 0, 4}, /* 27: V1Deployment */
	{126, 312, 4, 1, 0, 3}, /* 28: V1DeploymentList */
	{130, 320, 4, 1, 0, 3}, /* 29: V1alpha3DeviceClass */
	{134, 328, 4, 1, 0, 3}, /* 30: V1beta1DeviceClass */
	{138, 336, 4, 1, 0, 3}, /* 31: V1alpha3DeviceClassList */
	{142, 344, 4, 1, 0, 3}, /* 32: V1beta1DeviceClassList */
	{146, 352, 6, 2, 0, 4}, /* 33: V1EndpointSlice */
	{152, 368, 4, 1, 0, 3}, /* 34: V1EndpointSliceList */
	{156, 376, 4, 0, 0, 3}, /* 35: V1Endpoints */
	{160, 384, 4, 1, 0, 3}, /* 36: V1EndpointsList */
	{164, 392, 17, 1, 0, 6}, /* 37: EventsV1Event */
	{181, 456, 17, 2, 0, 6}, /* 38: CoreV1Event */
	{198, 520, 4, 1, 0, 3}, /* 39: EventsV1EventList */
	{202, 528, 4, 1, 0, 3}, /* 40: CoreV1EventList */
	{206, 536, 5, 0, 0, 4}, /* 41: V1FlowSchema */
	{211, 552, 4, 1, 0, 3}, /* 42: V1FlowSchemaList */
	{215, 560, 5, 0, 0, 4}, /* 43: V1HorizontalPodAutoscaler */
	{220, 576, 5, 0, 0, 4}, /* 44: V2HorizontalPodAutoscaler */
	{225, 592, 4, 1, 0, 3}, /* 45: V1HorizontalPodAutoscalerList */
	{229, 600, 4, 1, 0, 3}, /* 46: V2HorizontalPodAutoscalerList */
	{233, 608, 4, 0, 0, 3}, /* 47: V1beta1IPAddress */
	{237, 616, 4, 1, 0, 3}, /* 48: V1beta1IPAddressList */
	{241, 624, 5, 0, 0, 4}, /* 49: V1Ingress */
	{246, 640, 4, 0, 0, 3}, /* 50: V1IngressClass */
	{250, 648, 4, 1, 0, 3}, /* 51: V1IngressClassList */
	{254, 656, 4, 1, 0, 3}, /* 52: V1IngressList */
	{258, 664, 5, 0, 0, 4}, /* 53: V1Job */
	{263, 680, 4, 1, 0, 3}, /* 54: V1JobList */
	{267, 688, 4, 0, 0, 3}, /* 55: V1Lease */
	{271, 696, 4, 0, 0, 3}, /* 56: V1alpha2LeaseCandidate */
	{275, 704, 4, 1, 0, 3}, /* 57: V1alpha2LeaseCandidateList */
	{279, 712, 4, 1, 0, 3}, /* 58: V1LeaseList */
	{283, 720, 4, 0, 0, 3}, /* 59: V1LimitRange */
	{287, 728, 4, 1, 0, 3}, /* 60: V1LimitRangeList */
	{291, 736, 4, 0, 0, 3}, /* 61: v1.List */
	{295, 744, 5, 1, 0, 4}, /* 62: V1LocalSubjectAccessReview */
	{300, 760, 4, 0, 0, 3}, /* 63: V1alpha1MutatingAdmissionPolicy */
	{304, 768, 4, 0, 0, 3}, /* 64: V1alpha1MutatingAdmissionPolicyBinding */
	{308, 776, 4, 1, 0, 3}, /* 65: V1alpha1MutatingAdmissionPolicyBindingList */
	{312, 784, 4, 1, 0, 3}, /* 66: V1alpha1MutatingAdmissionPolicyList */
	{316, 792, 4, 0, 0, 3}, /* 67: V1MutatingWebhookConfiguration */
	{320, 800, 4, 1, 0, 3}, /* 68: V1MutatingWebhookConfigurationList */
	{324, 808, 5, 0, 0, 4}, /* 69: V1Namespace */
	{329, 824, 4, 1, 0, 3}, /* 70: V1NamespaceList */
	{333, 832, 4, 0, 0, 3}, /* 71: V1NetworkPolicy */
	{337, 840, 4, 1, 0, 3}, /* 72: V1NetworkPolicyList */
	{341, 848, 5, 0, 0, 4}, /* 73: V1Node */
	{346, 864, 4, 1, 0, 3}, /* 74: V1NodeList */
	{350, 872, 5, 0, 0, 4}, /* 75: V1PersistentVolume */
	{355, 888, 5, 0, 0, 4}, /* 76: V1PersistentVolumeClaim */
	{360, 904, 4, 1, 0, 3}, /* 77: V1PersistentVolumeClaimList */
	{364, 912, 4, 1, 0, 3}, /* 78: V1PersistentVolumeList */
	{368, 920, 5, 0, 0, 4}, /* 79: V1Pod */
	{373, 936, 5, 0, 0, 4}, /* 80: V1PodDisruptionBudget */
	{378, 952, 4, 1, 0, 3}, /* 81: V1PodDisruptionBudgetList */
	{382, 960, 4, 1, 0, 3}, /* 82: V1PodList */
	{386, 968, 4, 0, 0, 3}, /* 83: V1PodTemplate */
	{390, 976, 4, 1, 0, 3}, /* 84: V1PodTemplateList */
	{394, 984, 7, 1, 0, 4}, /* 85: V1PriorityClass */
	{401, 1000, 4, 1, 0, 3}, /* 86: V1PriorityClassList */
	{405, 1008, 5, 0, 0, 4}, /* 87: V1PriorityLevelConfiguration */
	{410, 1024, 4, 1, 0, 3}, /* 88: V1PriorityLevelConfigurationList */
	{414, 1032, 5, 0, 0, 4}, /* 89: V1ReplicaSet */
	{419, 1048, 4, 1, 0, 3}, /* 90: V1ReplicaSetList */
	{423, 1056, 5, 0, 0, 4}, /* 91: V1ReplicationController */
	{428, 1072, 4, 1, 0, 3}, /* 92: V1ReplicationControllerList */
	{432, 1080, 5, 1, 0, 4}, /* 93: V1alpha3ResourceClaim */
	{437, 1096, 5, 1, 0, 4}, /* 94: V1beta1ResourceClaim */
	{442, 1112, 4, 1, 0, 3}, /* 95: V1alpha3ResourceClaimList */
	{446, 1120, 4, 1, 0, 3}, /* 96: V1beta1ResourceClaimList */
	{450, 1128, 4, 1, 0, 3}, /* 97: V1alpha3ResourceClaimTemplate */
	{454, 1136, 4, 1, 0, 3}, /* 98: V1beta1ResourceClaimTemplate */
	{458, 1144, 4, 1, 0, 3}, /* 99: V1alpha3ResourceClaimTemplateList */
	{462, 1152, 4, 1, 0, 3}, /* 100: V1beta1ResourceClaimTemplateList */
	{466, 1160, 5, 0, 0, 4}, /* 101: V1ResourceQuota */
	{471, 1176, 4, 1, 0, 3}, /* 102: V1ResourceQuotaList */
	{475, 1184, 4, 1, 0, 3}, /* 103: V1alpha3ResourceSlice */
	{479, 1192, 4, 1, 0, 3}, /* 104: V1beta1ResourceSlice */
	{483, 1200, 4, 1, 0, 3}, /* 105: V1alpha3ResourceSliceList */
	{487, 1208, 4, 1, 0, 3}, /* 106: V1beta1ResourceSliceList */
	{491, 1216, 4, 0, 0, 3}, /* 107: V1Role */
	{495, 1224, 5, 1, 0, 4}, /* 108: V1RoleBinding */
	{500, 1240, 4, 1, 0, 3}, /* 109: V1RoleBindingList */
	{504, 1248, 4, 1, 0, 3}, /* 110: V1RoleList */
	{508, 1256, 6, 1, 0, 4}, /* 111: V1RuntimeClass */
	{514, 1272, 4, 1, 0, 3}, /* 112: V1RuntimeClassList */
	{518, 1280, 7, 0, K8S_TF_SECRET, 4}, /* 113: V1Secret */
	{525, 1296, 4, 1, 0, 3}, /* 114: V1SecretList */
	{529, 1304, 5, 1, 0, 4}, /* 115: V1SelfSubjectAccessReview */
	{534, 1320, 4, 0, 0, 3}, /* 116: V1SelfSubjectReview */
	{538, 1328, 4, 0, 0, 3}, /* 117: V1beta1SelfSubjectReview */
	{542, 1336, 5, 1, 0, 4}, /* 118: V1SelfSubjectRulesReview */
	{547, 1352, 5, 0, 0, 4}, /* 119: V1Service */
	{552, 1368, 6, 0, 0, 4}, /* 120: V1ServiceAccount */
	{558, 1384, 4, 1, 0, 3}, /* 121: V1ServiceAccountList */
	{562, 1392, 5, 0, 0, 4}, /* 122: V1beta1ServiceCIDR */
	{567, 1408, 4, 1, 0, 3}, /* 123: V1beta1ServiceCIDRList */
	{571, 1416, 4, 1, 0, 3}, /* 124: V1ServiceList */
	{575, 1424, 5, 0, 0, 4}, /* 125: V1StatefulSet */
	{580, 1440, 4, 1, 0, 3}, /* 126: V1StatefulSetList */
	{584, 1448, 10, 1, 0, 5}, /* 127: V1StorageClass */
	{594, 1480, 4, 1, 0, 3}, /* 128: V1StorageClassList */
	{598, 1488, 5, 2, 0, 4}, /* 129: V1alpha1StorageVersion */
	{603, 1504, 4, 1, 0, 3}, /* 130: V1alpha1StorageVersionList */
	{607, 1512, 5, 0, 0, 4}, /* 131: V1alpha1StorageVersionMigration */
	{612, 1528, 4, 1, 0, 3}, /* 132: V1alpha1StorageVersionMigrationList */
	{616, 1536, 5, 1, 0, 4}, /* 133: V1SubjectAccessReview */
	{621, 1552, 5, 1, 0, 4}, /* 134: V1TokenReview */
	{626, 1568, 5, 0, 0, 4}, /* 135: V1ValidatingAdmissionPolicy */
	{631, 1584, 5, 0, 0, 4}, /* 136: V1beta1ValidatingAdmissionPolicy */
	{636, 1600, 4, 0, 0, 3}, /* 137: V1ValidatingAdmissionPolicyBinding */
	{640, 1608, 4, 0, 0, 3}, /* 138: V1beta1ValidatingAdmissionPolicyBinding */
	{644, 1616, 4, 1, 0, 3}, /* 139: V1ValidatingAdmissionPolicyBindingList */
	{648, 1624, 4, 1, 0, 3}, /* 140: V1beta1ValidatingAdmissionPolicyBindingList */
	{652, 1632, 4, 1, 0, 3}, /* 141: V1ValidatingAdmissionPolicyList */
	{656, 1640, 4, 1, 0, 3}, /* 142: V1beta1ValidatingAdmissionPolicyList */
	{660, 1648, 4, 0, 0, 3}, /* 143: V1ValidatingWebhookConfiguration */
	{664, 1656, 4, 1, 0, 3}, /* 144: V1ValidatingWebhookConfigurationList */
	{668, 1664, 5, 1, 0, 4}, /* 145: vpa.VerticalPodAutoscaler */
	{673, 1680, 4, 1, 0, 3}, /* 146: vpa.VerticalPodAutoscalerList */
	{677, 1688, 5, 1, 0, 4}, /* 147: V1VolumeAttachment */
	{682, 1704, 4, 1, 0, 3}, /* 148: V1VolumeAttachmentList */
	{686, 1712, 5, 1, 0, 4}, /* 149: V1alpha1VolumeAttributesClass */
	{691, 1728, 5, 1, 0, 4}, /* 150: V1beta1VolumeAttributesClass */
	{696, 1744, 4, 1, 0, 3}, /* 151: V1alpha1VolumeAttributesClassList */
	{700, 1752, 4, 1, 0, 3}, /* 152: V1beta1VolumeAttributesClassList */
	{704, 1760, 15, 0, 0, 5}, /* 153: V1ObjectMeta */
	{719, 1792, 7, 2, 0, 4}, /* 154: V1APIServiceSpec */
	{726, 1808, 1, 0, 0, 1}, /* 155: V1APIServiceStatus */
	{727, 1810, 4, 0, 0, 3}, /* 156: V1ListMeta */
	{731, 1818, 7, 0, 0, 4}, /* 157: V1ObjectReference */
	{738, 1834, 8, 0, 0, 4}, /* 158: V1CSIDriverSpec */
	{746, 1850, 1, 1, 0, 1}, /* 159: V1CSINodeSpec */
	{747, 1852, 2, 0, 0, 2}, /* 160: V1LabelSelector */
	{749, 1856, 8, 2, 0, 4}, /* 161: V1CertificateSigningRequestSpec */
	{757, 1872, 2, 0, 0, 2}, /* 162: V1CertificateSigningRequestStatus */
	{759, 1876, 1, 0, 0, 1}, /* 163: V1AggregationRule */
	{760, 1878, 5, 1, 0, 4}, /* 164: V1PolicyRule */
	{765, 1894, 3, 3, 0, 3}, /* 165: V1RoleRef */
	{768, 1902, 4, 2, 0, 3}, /* 166: RbacV1Subject */
	{772, 1910, 2, 1, 0, 2}, /* 167: V1alpha1ClusterTrustBundleSpec */
	{774, 1914, 8, 2, 0, 4}, /* 168: V1CronJobSpec */
	{782, 1930, 3, 0, 0, 3}, /* 169: V1CronJobStatus */
	{785, 1938, 6, 4, 0, 4}, /* 170: V1CustomResourceDefinitionSpec */
	{791, 1954, 3, 0, 0, 3}, /* 171: V1CustomResourceDefinitionStatus */
	{794, 1962, 5, 2, 0, 4}, /* 172: V1DaemonSetSpec */
	{799, 1978, 10, 4, 0, 5}, /* 173: V1DaemonSetStatus */
	{809, 2010, 8, 2, 0, 4}, /* 174: V1DeploymentSpec */
	{817, 2026, 8, 0, 0, 4}, /* 175: V1DeploymentStatus */
	{825, 2042, 2, 0, 0, 2}, /* 176: V1alpha3DeviceClassSpec */
	{827, 2046, 2, 0, 0, 2}, /* 177: V1beta1DeviceClassSpec */
	{829, 2050, 8, 1, 0, 4}, /* 178: V1Endpoint */
	{837, 2066, 4, 0, 0, 3}, /* 179: DiscoveryV1EndpointPort */
	{841, 2074, 3, 0, 0, 3}, /* 180: V1EndpointSubset */
	{844, 2082, 2, 0, 0, 2}, /* 181: V1EventSource */
	{846, 2086, 2, 2, 0, 2}, /* 182: EventsV1EventSeries */
	{848, 2090, 2, 0, 0, 2}, /* 183: CoreV1EventSeries */
	{850, 2094, 4, 1, 0, 3}, /* 184: V1FlowSchemaSpec */
	{854, 2102, 1, 0, 0, 1}, /* 185: V1FlowSchemaStatus */
	{855, 2104, 4, 2, 0, 3}, /* 186: V1HorizontalPodAutoscalerSpec */
	{859, 2112, 5, 2, 0, 4}, /* 187: V1HorizontalPodAutoscalerStatus */
	{864, 2128, 5, 2, 0, 4}, /* 188: V2HorizontalPodAutoscalerSpec */
	{869, 2144, 6, 1, 0, 4}, /* 189: V2HorizontalPodAutoscalerStatus */
	{875, 2160, 1, 1, 0, 1}, /* 190: V1beta1IPAddressSpec */
	{876, 2162, 4, 0, 0, 3}, /* 191: V1IngressSpec */
	{880, 2170, 1, 0, 0, 1}, /* 192: V1IngressStatus */
	{881, 2172, 2, 0, 0, 2}, /* 193: V1IngressClassSpec */
	{883, 2176, 16, 1, 0, 5}, /* 194: V1JobSpec */
	{899, 2208, 11, 0, 0, 5}, /* 195: V1JobStatus */
	{910, 2240, 7, 0, 0, 4}, /* 196: V1LeaseSpec */
	{917, 2256, 6, 3, 0, 4}, /* 197: V1alpha2LeaseCandidateSpec */
	{923, 2272, 1, 1, 0, 1}, /* 198: V1LimitRangeSpec */
	{924, 2274, 6, 0, 0, 4}, /* 199: V1SubjectAccessReviewSpec */
	{930, 2290, 4, 1, 0, 3}, /* 200: V1SubjectAccessReviewStatus */
	{934, 2298, 7, 0, 0, 4}, /* 201: V1alpha1MutatingAdmissionPolicySpec */
	{941, 2314, 3, 0, 0, 3}, /* 202: V1alpha1MutatingAdmissionPolicyBindingSpec */
	{944, 2322, 12, 4, 0, 5}, /* 203: V1MutatingWebhook */
	{956, 2354, 1, 0, 0, 1}, /* 204: V1NamespaceSpec */
	{957, 2356, 2, 0, 0, 2}, /* 205: V1NamespaceStatus */
	{959, 2360, 4, 1, 0, 3}, /* 206: V1NetworkPolicySpec */
	{963, 2368, 7, 0, 0, 4}, /* 207: V1NodeSpec */
	{970, 2384, 13, 0, 0, 5}, /* 208: V1NodeStatus */
	{983, 2416, 31, 0, 0, 6}, /* 209: V1PersistentVolumeSpec */
	{1014, 2480, 4, 0, 0, 3}, /* 210: V1PersistentVolumeStatus */
	{1018, 2488, 9, 0, 0, 5}, /* 211: V1PersistentVolumeClaimSpec */
	{1027, 2520, 8, 0, 0, 4}, /* 212: V1PersistentVolumeClaimStatus */
	{1035, 2536, 40, 1, K8S_TF_MEMO, 7}, /* 213: V1PodSpec */
	{1075, 2664, 16, 0, 0, 5}, /* 214: V1PodStatus */
	{1091, 2696, 4, 0, 0, 3}, /* 215: V1PodDisruptionBudgetSpec */
	{1095, 2704, 7, 4, 0, 4}, /* 216: V1PodDisruptionBudgetStatus */
	{1102, 2720, 2, 0, 0, 2}, /* 217: V1PodTemplateSpec */
	{1104, 2724, 3, 1, 0, 3}, /* 218: V1PriorityLevelConfigurationSpec */
	{1107, 2732, 1, 0, 0, 1}, /* 219: V1PriorityLevelConfigurationStatus */
	{1108, 2734, 4, 1, 0, 3}, /* 220: V1ReplicaSetSpec */
	{1112, 2742, 6, 1, 0, 4}, /* 221: V1ReplicaSetStatus */
	{1118, 2758, 4, 0, 0, 3}, /* 222: V1ReplicationControllerSpec */
	{1122, 2766, 6, 1, 0, 4}, /* 223: V1ReplicationControllerStatus */
	{1128, 2782, 1, 0, 0, 1}, /* 224: V1alpha3ResourceClaimSpec */
	{1129, 2784, 3, 0, 0, 3}, /* 225: V1alpha3ResourceClaimStatus */
	{1132, 2792, 1, 0, 0, 1}, /* 226: V1beta1ResourceClaimSpec */
	{1133, 2794, 3, 0, 0, 3}, /* 227: V1beta1ResourceClaimStatus */
	{1136, 2802, 2, 1, 0, 2}, /* 228: V1alpha3ResourceClaimTemplateSpec */
	{1138, 2806, 2, 1, 0, 2}, /* 229: V1beta1ResourceClaimTemplateSpec */
	{1140, 2810, 3, 0, 0, 3}, /* 230: V1ResourceQuotaSpec */
	{1143, 2818, 2, 0, 0, 2}, /* 231: V1ResourceQuotaStatus */
	{1145, 2822, 6, 2, 0, 4}, /* 232: V1alpha3ResourceSliceSpec */
	{1151, 2838, 6, 2, 0, 4}, /* 233: V1beta1ResourceSliceSpec */
	{1157, 2854, 1, 0, 0, 1}, /* 234: V1Overhead */
	{1158, 2856, 2, 0, 0, 2}, /* 235: V1Scheduling */
	{1160, 2860, 2, 0, 0, 2}, /* 236: V1SelfSubjectAccessReviewSpec */
	{1162, 2864, 1, 0, 0, 1}, /* 237: V1SelfSubjectReviewStatus */
	{1163, 2866, 1, 0, 0, 1}, /* 238: V1beta1SelfSubjectReviewStatus */
	{1164, 2868, 1, 0, 0, 1}, /* 239: V1SelfSubjectRulesReviewSpec */
	{1165, 2870, 4, 3, 0, 3}, /* 240: V1SubjectRulesReviewStatus */
	{1169, 2878, 20, 0, 0, 6}, /* 241: V1ServiceSpec */
	{1189, 2942, 2, 0, 0, 2}, /* 242: V1ServiceStatus */
	{1191, 2946, 1, 0, 0, 1}, /* 243: V1LocalObjectReference */
	{1192, 2948, 1, 0, 0, 1}, /* 244: V1beta1ServiceCIDRSpec */
	{1193, 2950, 1, 0, 0, 1}, /* 245: V1beta1ServiceCIDRStatus */
	{1194, 2952, 11, 3, 0, 5}, /* 246: V1StatefulSetSpec */
	{1205, 2984, 10, 1, 0, 5}, /* 247: V1StatefulSetStatus */
	{1215, 3016, 1, 0, 0, 1}, /* 248: V1TopologySelectorTerm */
	{1216, 3018, 3, 0, 0, 3}, /* 249: V1alpha1StorageVersionStatus */
	{1219, 3026, 2, 1, 0, 2}, /* 250: V1alpha1StorageVersionMigrationSpec */
	{1221, 3030, 2, 0, 0, 2}, /* 251: V1alpha1StorageVersionMigrationStatus */
	{1223, 3034, 2, 0, 0, 2}, /* 252: V1TokenReviewSpec */
	{1225, 3038, 4, 0, 0, 3}, /* 253: V1TokenReviewStatus */
	{1229, 3046, 7, 0, 0, 4}, /* 254: V1ValidatingAdmissionPolicySpec */
	{1236, 3062, 3, 0, 0, 3}, /* 255: V1ValidatingAdmissionPolicyStatus */
	{1239, 3070, 7, 0, 0, 4}, /* 256: V1beta1ValidatingAdmissionPolicySpec */
	{1246, 3086, 3, 0, 0, 3}, /* 257: V1beta1ValidatingAdmissionPolicyStatus */
	{1249, 3094, 4, 0, 0, 3}, /* 258: V1ValidatingAdmissionPolicyBindingSpec */
	{1253, 3102, 4, 0, 0, 3}, /* 259: V1beta1ValidatingAdmissionPolicyBindingSpec */
	{1257, 3110, 11, 4, 0, 5}, /* 260: V1ValidatingWebhook */
	{1268, 3142, 5, 1, 0, 4}, /* 261: vpa.VerticalPodAutoscalerSpec */
	{1273, 3158, 3, 0, 0, 3}, /* 262: vpa.VerticalPodAutoscalerStatus */
	{1276, 3166, 3, 3, 0, 3}, /* 263: V1VolumeAttachmentSpec */
	{1279, 3174, 4, 1, 0, 3}, /* 264: V1VolumeAttachmentStatus */
	{1283, 3182, 7, 0, 0, 4}, /* 265: V1ManagedFieldsEntry */
	{1290, 3198, 6, 4, 0, 4}, /* 266: V1OwnerReference */
	{1296, 3214, 3, 0, 0, 3}, /* 267: ApiregistrationV1ServiceReference */
	{1299, 3222, 5, 2, 0, 4}, /* 268: V1APIServiceCondition */
	{1304, 3238, 2, 1, 0, 2}, /* 269: StorageV1TokenRequest */
	{1306, 3242, 4, 2, 0, 3}, /* 270: V1CSINodeDriver */
	{1310, 3250, 3, 2, 0, 3}, /* 271: V1LabelSelectorRequirement */
	{1313, 3258, 6, 2, 0, 4}, /* 272: V1CertificateSigningRequestCondition */
	{1319, 3274, 2, 0, 0, 2}, /* 273: V1JobTemplateSpec */
	{1321, 3278, 2, 1, 0, 2}, /* 274: V1CustomResourceConversion */
	{1323, 3282, 6, 2, 0, 4}, /* 275: V1CustomResourceDefinitionNames */
	{1329, 3298, 9, 3, 0, 5}, /* 276: V1CustomResourceDefinitionVersion */
	{1338, 3330, 5, 2, 0, 4}, /* 277: V1CustomResourceDefinitionCondition */
	{1343, 3346, 2, 0, 0, 2}, /* 278: V1DaemonSetUpdateStrategy */
	{1345, 3350, 5, 2, 0, 4}, /* 279: V1DaemonSetCondition */
	{1350, 3366, 2, 0, 0, 2}, /* 280: V1DeploymentStrategy */
	{1352, 3370, 6, 2, 0, 4}, /* 281: V1DeploymentCondition */
	{1358, 3386, 1, 0, 0, 1}, /* 282: V1alpha3DeviceClassConfiguration */
	{1359, 3388, 1, 0, 0, 1}, /* 283: V1alpha3DeviceSelector */
	{1360, 3390, 1, 0, 0, 1}, /* 284: V1beta1DeviceClassConfiguration */
	{1361, 3392, 1, 0, 0, 1}, /* 285: V1beta1DeviceSelector */
	{1362, 3394, 3, 0, 0, 3}, /* 286: V1EndpointConditions */
	{1365, 3402, 1, 0, 0, 1}, /* 287: V1EndpointHints */
	{1366, 3404, 4, 1, 0, 3}, /* 288: V1EndpointAddress */
	{1370, 3412, 4, 1, 0, 3}, /* 289: CoreV1EndpointPort */
	{1374, 3420, 1, 1, 0, 1}, /* 290: V1FlowDistinguisherMethod */
	{1375, 3422, 1, 1, 0, 1}, /* 291: V1PriorityLevelConfigurationReference */
	{1376, 3424, 3, 1, 0, 3}, /* 292: V1PolicyRulesWithSubjects */
	{1379, 3432, 5, 0, 0, 4}, /* 293: V1FlowSchemaCondition */
	{1384, 3448, 3, 2, 0, 3}, /* 294: V1CrossVersionObjectReference */
	{1387, 3456, 2, 0, 0, 2}, /* 295: V2HorizontalPodAutoscalerBehavior */
	{1389, 3460, 6, 1, 0, 4}, /* 296: V2MetricSpec */
	{1395, 3476, 3, 2, 0, 3}, /* 297: V2CrossVersionObjectReference */
	{1398, 3484, 5, 2, 0, 4}, /* 298: V2HorizontalPodAutoscalerCondition */
	{1403, 3500, 6, 1, 0, 4}, /* 299: V2MetricStatus */
	{1409, 3516, 4, 2, 0, 3}, /* 300: V1beta1ParentReference */
	{1413, 3524, 2, 0, 0, 2}, /* 301: V1IngressBackend */
	{1415, 3528, 2, 0, 0, 2}, /* 302: V1IngressRule */
	{1417, 3532, 2, 0, 0, 2}, /* 303: V1IngressTLS */
	{1419, 3536, 1, 0, 0, 1}, /* 304: V1IngressLoadBalancerStatus */
	{1420, 3538, 5, 2, 0, 4}, /* 305: V1IngressClassParametersReference */
	{1425, 3554, 1, 1, 0, 1}, /* 306: V1PodFailurePolicy */
	{1426, 3556, 1, 1, 0, 1}, /* 307: V1SuccessPolicy */
	{1427, 3558, 6, 2, 0, 4}, /* 308: V1JobCondition */
	{1433, 3574, 2, 0, 0, 2}, /* 309: V1UncountedTerminatedPods */
	{1435, 3578, 6, 1, 0, 4}, /* 310: V1LimitRangeItem */
	{1441, 3594, 2, 0, 0, 2}, /* 311: V1NonResourceAttributes */
	{1443, 3598, 9, 0, 0, 5}, /* 312: V1ResourceAttributes */
	{1452, 3630, 2, 2, 0, 2}, /* 313: V1alpha1MatchCondition */
	{1454, 3634, 5, 0, 0, 4}, /* 314: V1alpha1MatchResources */
	{1459, 3650, 3, 1, 0, 3}, /* 315: V1alpha1Mutation */
	{1462, 3658, 2, 0, 0, 2}, /* 316: V1alpha1ParamKind */
	{1464, 3662, 2, 2, 0, 2}, /* 317: V1alpha1Variable */
	{1466, 3666, 4, 0, 0, 3}, /* 318: V1alpha1ParamRef */
	{1470, 3674, 3, 0, 0, 3}, /* 319: AdmissionregistrationV1WebhookClientConfig */
	{1473, 3682, 2, 2, 0, 2}, /* 320: V1MatchCondition */
	{1475, 3686, 5, 0, 0, 4}, /* 321: V1RuleWithOperations */
	{1480, 3702, 5, 2, 0, 4}, /* 322: V1NamespaceCondition */
	{1485, 3718, 2, 0, 0, 2}, /* 323: V1NetworkPolicyEgressRule */
	{1487, 3722, 2, 0, 0, 2}, /* 324: V1NetworkPolicyIngressRule */
	{1489, 3726, 1, 0, 0, 1}, /* 325: V1NodeConfigSource */
	{1490, 3728, 4, 2, 0, 3}, /* 326: V1Taint */
	{1494, 3736, 2, 2, 0, 2}, /* 327: V1NodeAddress */
	{1496, 3740, 6, 2, 0, 4}, /* 328: V1NodeCondition */
	{1502, 3756, 4, 0, 0, 3}, /* 329: V1NodeConfigStatus */
	{1506, 3764, 1, 0, 0, 1}, /* 330: V1NodeDaemonEndpoints */
	{1507, 3766, 1, 0, 0, 1}, /* 331: V1NodeFeatures */
	{1508, 3768, 2, 0, 0, 2}, /* 332: V1ContainerImage */
	{1510, 3772, 10, 10, 0, 5}, /* 333: V1NodeSystemInfo */
	{1520, 3804, 2, 0, 0, 2}, /* 334: V1NodeRuntimeHandler */
	{1522, 3808, 2, 2, 0, 2}, /* 335: V1AttachedVolume */
	{1524, 3812, 4, 1, 0, 3}, /* 336: V1AWSElasticBlockStoreVolumeSource */
	{1528, 3820, 6, 2, 0, 4}, /* 337: V1AzureDiskVolumeSource */
	{1534, 3836, 4, 2, 0, 3}, /* 338: V1AzureFilePersistentVolumeSource */
	{1538, 3844, 6, 1, 0, 4}, /* 339: V1CephFSPersistentVolumeSource */
	{1544, 3860, 4, 1, 0, 3}, /* 340: V1CinderPersistentVolumeSource */
	{1548, 3868, 10, 2, 0, 5}, /* 341: V1CSIPersistentVolumeSource */
	{1558, 3900, 5, 0, 0, 4}, /* 342: V1FCVolumeSource */
	{1563, 3916, 5, 1, 0, 4}, /* 343: V1FlexPersistentVolumeSource */
	{1568, 3932, 2, 0, 0, 2}, /* 344: V1FlockerVolumeSource */
	{1570, 3936, 4, 1, 0, 3}, /* 345: V1GCEPersistentDiskVolumeSource */
	{1574, 3944, 4, 2, 0, 3}, /* 346: V1GlusterfsPersistentVolumeSource */
	{1578, 3952, 2, 1, 0, 2}, /* 347: V1HostPathVolumeSource */
	{1580, 3956, 11, 3, 0, 5}, /* 348: V1ISCSIPersistentVolumeSource */
	{1591, 3988, 2, 1, 0, 2}, /* 349: V1LocalVolumeSource */
	{1593, 3992, 3, 2, 0, 3}, /* 350: V1NFSVolumeSource */
	{1596, 4000, 1, 0, 0, 1}, /* 351: V1VolumeNodeAffinity */
	{1597, 4002, 2, 1, 0, 2}, /* 352: V1PhotonPersistentDiskVolumeSource */
	{1599, 4006, 3, 1, 0, 3}, /* 353: V1PortworxVolumeSource */
	{1602, 4014, 6, 2, 0, 4}, /* 354: V1QuobyteVolumeSource */
	{1608, 4030, 8, 2, 0, 4}, /* 355: V1RBDPersistentVolumeSource */
	{1616, 4046, 10, 3, 0, 5}, /* 356: V1ScaleIOPersistentVolumeSource */
	{1626, 4078, 5, 0, 0, 4}, /* 357: V1StorageOSPersistentVolumeSource */
	{1631, 4094, 4, 1, 0, 3}, /* 358: V1VsphereVirtualDiskVolumeSource */
	{1635, 4102, 3, 2, 0, 3}, /* 359: V1TypedLocalObjectReference */
	{1638, 4110, 4, 2, 0, 3}, /* 360: V1TypedObjectReference */
	{1642, 4118, 2, 0, 0, 2}, /* 361: V1VolumeResourceRequirements */
	{1644, 4122, 6, 2, 0, 4}, /* 362: V1PersistentVolumeClaimCondition */
	{1650, 4138, 2, 1, 0, 2}, /* 363: V1ModifyVolumeStatus */
	{1652, 4142, 3, 0, 0, 3}, /* 364: V1Affinity */
	{1655, 4150, 24, 1, K8S_TF_CONTAINER, 6}, /* 365: V1Container */
	{1679, 4214, 3, 0, 0, 3}, /* 366: V1PodDNSConfig */
	{1682, 4222, 25, 1, K8S_TF_CONTAINER, 6}, /* 367: V1EphemeralContainer */
	{1707, 4286, 2, 1, 0, 2}, /* 368: V1HostAlias */
	{1709, 4290, 1, 1, 0, 1}, /* 369: V1PodOS */
	{1710, 4292, 1, 1, 0, 1}, /* 370: V1PodReadinessGate */
	{1711, 4294, 3, 1, 0, 3}, /* 371: V1PodResourceClaim */
	{1714, 4302, 3, 0, 0, 3}, /* 372: V1ResourceRequirements */
	{1717, 4310, 1, 1, 0, 1}, /* 373: V1PodSchedulingGate */
	{1718, 4312, 13, 0, 0, 5}, /* 374: V1PodSecurityContext */
	{1731, 4344, 5, 0, 0, 4}, /* 375: V1Toleration */
	{1736, 4360, 8, 3, 0, 4}, /* 376: V1TopologySpreadConstraint */
	{1744, 4376, 31, 1, 0, 6}, /* 377: V1Volume */
	{1775, 4440, 6, 2, 0, 4}, /* 378: V1PodCondition */
	{1781, 4456, 14, 5, 0, 5}, /* 379: V1ContainerStatus */
	{1795, 4488, 1, 1, 0, 1}, /* 380: V1HostIP */
	{1796, 4490, 1, 1, 0, 1}, /* 381: V1PodIP */
	{1797, 4492, 2, 1, 0, 2}, /* 382: V1PodResourceClaimStatus */
	{1799, 4496, 6, 5, 0, 4}, /* 383: V1Condition */
	{1805, 4512, 2, 0, 0, 2}, /* 384: V1ExemptPriorityLevelConfiguration */
	{1807, 4516, 4, 0, 0, 3}, /* 385: V1LimitedPriorityLevelConfiguration */
	{1811, 4524, 5, 0, 0, 4}, /* 386: V1PriorityLevelConfigurationCondition */
	{1816, 4540, 5, 2, 0, 4}, /* 387: V1ReplicaSetCondition */
	{1821, 4556, 5, 2, 0, 4}, /* 388: V1ReplicationControllerCondition */
	{1826, 4572, 3, 0, 0, 3}, /* 389: V1alpha3DeviceClaim */
	{1829, 4580, 2, 0, 0, 2}, /* 390: V1alpha3AllocationResult */
	{1831, 4584, 6, 3, 0, 4}, /* 391: V1alpha3AllocatedDeviceStatus */
	{1837, 4600, 4, 3, 0, 3}, /* 392: V1alpha3ResourceClaimConsumerReference */
	{1841, 4608, 3, 0, 0, 3}, /* 393: V1beta1DeviceClaim */
	{1844, 4616, 2, 0, 0, 2}, /* 394: V1beta1AllocationResult */
	{1846, 4620, 6, 3, 0, 4}, /* 395: V1beta1AllocatedDeviceStatus */
	{1852, 4636, 4, 3, 0, 3}, /* 396: V1beta1ResourceClaimConsumerReference */
	{1856, 4644, 1, 0, 0, 1}, /* 397: V1ScopeSelector */
	{1857, 4646, 2, 1, 0, 2}, /* 398: V1alpha3Device */
	{1859, 4650, 1, 1, 0, 1}, /* 399: V1NodeSelector */
	{1860, 4652, 3, 3, 0, 3}, /* 400: V1alpha3ResourcePool */
	{1863, 4660, 2, 1, 0, 2}, /* 401: V1beta1Device */
	{1865, 4664, 3, 3, 0, 3}, /* 402: V1beta1ResourcePool */
	{1868, 4672, 4, 0, 0, 3}, /* 403: V1UserInfo */
	{1872, 4680, 2, 1, 0, 2}, /* 404: V1NonResourceRule */
	{1874, 4684, 4, 1, 0, 3}, /* 405: V1ResourceRule */
	{1878, 4692, 6, 1, 0, 4}, /* 406: V1ServicePort */
	{1884, 4708, 1, 0, 0, 1}, /* 407: V1SessionAffinityConfig */
	{1885, 4710, 1, 0, 0, 1}, /* 408: V1LoadBalancerStatus */
	{1886, 4712, 1, 0, 0, 1}, /* 409: V1StatefulSetOrdinals */
	{1887, 4714, 2, 0, 0, 2}, /* 410: V1StatefulSetPersistentVolumeClaimRetentionPolicy */
	{1889, 4718, 2, 0, 0, 2}, /* 411: V1StatefulSetUpdateStrategy */
	{1891, 4722, 5, 2, 0, 4}, /* 412: V1StatefulSetCondition */
	{1896, 4738, 2, 2, 0, 2}, /* 413: V1TopologySelectorLabelRequirement */
	{1898, 4742, 6, 4, 0, 4}, /* 414: V1alpha1StorageVersionCondition */
	{1904, 4758, 4, 0, 0, 3}, /* 415: V1alpha1ServerStorageVersion */
	{1908, 4766, 3, 0, 0, 3}, /* 416: V1alpha1GroupVersionResource */
	{1911, 4774, 5, 2, 0, 4}, /* 417: V1alpha1MigrationCondition */
	{1916, 4790, 2, 2, 0, 2}, /* 418: V1AuditAnnotation */
	{1918, 4794, 5, 0, 0, 4}, /* 419: V1MatchResources */
	{1923, 4810, 2, 0, 0, 2}, /* 420: V1ParamKind */
	{1925, 4814, 4, 1, 0, 3}, /* 421: V1Validation */
	{1929, 4822, 2, 2, 0, 2}, /* 422: V1Variable */
	{1931, 4826, 1, 0, 0, 1}, /* 423: V1TypeChecking */
	{1932, 4828, 2, 2, 0, 2}, /* 424: V1beta1AuditAnnotation */
	{1934, 4832, 2, 2, 0, 2}, /* 425: V1beta1MatchCondition */
	{1936, 4836, 5, 0, 0, 4}, /* 426: V1beta1MatchResources */
	{1941, 4852, 2, 0, 0, 2}, /* 427: V1beta1ParamKind */
	{1943, 4856, 4, 1, 0, 3}, /* 428: V1beta1Validation */
	{1947, 4864, 2, 2, 0, 2}, /* 429: V1beta1Variable */
	{1949, 4868, 1, 0, 0, 1}, /* 430: V1beta1TypeChecking */
	{1950, 4870, 4, 0, 0, 3}, /* 431: V1ParamRef */
	{1954, 4878, 4, 0, 0, 3}, /* 432: V1beta1ParamRef */
	{1958, 4886, 3, 2, 0, 3}, /* 433: vpa.CrossVersionObjectReference */
	{1961, 4894, 4, 0, 0, 3}, /* 434: vpa.PodUpdatePolicy */
	{1965, 4902, 1, 0, 0, 1}, /* 435: vpa.VerticalPodAutoscalerSpec.resourcePolicy */
	{1966, 4904, 1, 1, 0, 1}, /* 436: vpa.VerticalPodAutoscalerSpec.recommenders[] */
	{1967, 4906, 1, 0, 0, 1}, /* 437: vpa.StartupBoost */
	{1968, 4908, 6, 2, 0, 4}, /* 438: vpa.VerticalPodAutoscalerStatus.conditions[] */
	{1974, 4924, 1, 0, 0, 1}, /* 439: vpa.VerticalPodAutoscalerStatus.recommendation */
	{1975, 4926, 2, 0, 0, 2}, /* 440: V1VolumeAttachmentSource */
	{1977, 4930, 2, 0, 0, 2}, /* 441: V1VolumeError */
	{1979, 4934, 1, 0, 0, 1}, /* 442: V1VolumeNodeResources */
	{1980, 4936, 2, 1, 0, 2}, /* 443: V1WebhookConversion */
	{1982, 4940, 6, 3, 0, 4}, /* 444: V1CustomResourceColumnDefinition */
	{1988, 4956, 1, 0, 0, 1}, /* 445: V1CustomResourceValidation */
	{1989, 4958, 1, 1, 0, 1}, /* 446: V1SelectableField */
	{1990, 4960, 2, 0, 0, 2}, /* 447: V1CustomResourceSubresources */
	{1992, 4964, 2, 0, 0, 2}, /* 448: V1RollingUpdateDaemonSet */
	{1994, 4968, 2, 0, 0, 2}, /* 449: V1RollingUpdateDeployment */
	{1996, 4972, 2, 2, 0, 2}, /* 450: V1alpha3OpaqueDeviceConfiguration */
	{1998, 4976, 1, 1, 0, 1}, /* 451: V1alpha3CELDeviceSelector */
	{1999, 4978, 2, 2, 0, 2}, /* 452: V1beta1OpaqueDeviceConfiguration */
	{2001, 4982, 1, 1, 0, 1}, /* 453: V1beta1CELDeviceSelector */
	{2002, 4984, 1, 1, 0, 1}, /* 454: V1ForZone */
	{2003, 4986, 2, 2, 0, 2}, /* 455: V1NonResourcePolicyRule */
	{2005, 4990, 5, 3, 0, 4}, /* 456: V1ResourcePolicyRule */
	{2010, 5006, 4, 1, 0, 3}, /* 457: FlowcontrolV1Subject */
	{2014, 5014, 3, 0, 0, 3}, /* 458: V2HPAScalingRules */
	{2017, 5022, 3, 3, 0, 3}, /* 459: V2ContainerResourceMetricSource */
	{2020, 5030, 2, 2, 0, 2}, /* 460: V2ExternalMetricSource */
	{2022, 5034, 3, 3, 0, 3}, /* 461: V2ObjectMetricSource */
	{2025, 5042, 2, 2, 0, 2}, /* 462: V2PodsMetricSource */
	{2027, 5046, 2, 2, 0, 2}, /* 463: V2ResourceMetricSource */
	{2029, 5050, 3, 3, 0, 3}, /* 464: V2ContainerResourceMetricStatus */
	{2032, 5058, 2, 2, 0, 2}, /* 465: V2ExternalMetricStatus */
	{2034, 5062, 3, 3, 0, 3}, /* 466: V2ObjectMetricStatus */
	{2037, 5070, 2, 2, 0, 2}, /* 467: V2PodsMetricStatus */
	{2039, 5074, 2, 2, 0, 2}, /* 468: V2ResourceMetricStatus */
	{2041, 5078, 2, 1, 0, 2}, /* 469: V1IngressServiceBackend */
	{2043, 5082, 1, 1, 0, 1}, /* 470: V1HTTPIngressRuleValue */
	{2044, 5084, 3, 0, 0, 3}, /* 471: V1IngressLoadBalancerIngress */
	{2047, 5092, 3, 1, 0, 3}, /* 472: V1PodFailurePolicyRule */
	{2050, 5100, 2, 0, 0, 2}, /* 473: V1SuccessPolicyRule */
	{2052, 5104, 2, 0, 0, 2}, /* 474: V1FieldSelectorAttributes */
	{2054, 5108, 2, 0, 0, 2}, /* 475: V1LabelSelectorAttributes */
	{2056, 5112, 6, 0, 0, 4}, /* 476: V1alpha1NamedRuleWithOperations */
	{2062, 5128, 1, 0, 0, 1}, /* 477: V1alpha1ApplyConfiguration */
	{2063, 5130, 1, 0, 0, 1}, /* 478: V1alpha1JSONPatch */
	{2064, 5132, 4, 2, 0, 3}, /* 479: AdmissionregistrationV1ServiceReference */
	{2068, 5140, 3, 0, 0, 3}, /* 480: V1NetworkPolicyPort */
	{2071, 5148, 3, 0, 0, 3}, /* 481: V1NetworkPolicyPeer */
	{2074, 5156, 5, 3, 0, 4}, /* 482: V1ConfigMapNodeConfigSource */
	{2079, 5172, 1, 1, 0, 1}, /* 483: V1DaemonEndpoint */
	{2080, 5174, 2, 0, 0, 2}, /* 484: V1NodeRuntimeHandlerFeatures */
	{2082, 5178, 2, 0, 0, 2}, /* 485: V1SecretReference */
	{2084, 5182, 2, 0, 0, 2}, /* 486: V1NodeAffinity */
	{2086, 5186, 2, 0, 0, 2}, /* 487: V1PodAffinity */
	{2088, 5190, 2, 0, 0, 2}, /* 488: V1PodAntiAffinity */
	{2090, 5194, 3, 1, 0, 3}, /* 489: V1EnvVar */
	{2093, 5202, 3, 0, 0, 3}, /* 490: V1EnvFromSource */
	{2096, 5210, 2, 0, 0, 2}, /* 491: V1Lifecycle */
	{2098, 5214, 10, 0, 0, 5}, /* 492: V1Probe */
	{2108, 5246, 5, 1, 0, 4}, /* 493: V1ContainerPort */
	{2113, 5262, 2, 2, 0, 2}, /* 494: V1ContainerResizePolicy */
	{2115, 5266, 12, 0, 0, 5}, /* 495: V1SecurityContext */
	{2127, 5298, 2, 2, 0, 2}, /* 496: V1VolumeDevice */
	{2129, 5302, 7, 2, 0, 4}, /* 497: V1VolumeMount */
	{2136, 5318, 2, 0, 0, 2}, /* 498: V1PodDNSConfigOption */
	{2138, 5322, 2, 1, 0, 2}, /* 499: V1ResourceClaim */
	{2140, 5326, 2, 1, 0, 2}, /* 500: V1AppArmorProfile */
	{2142, 5330, 4, 0, 0, 3}, /* 501: V1SELinuxOptions */
	{2146, 5338, 2, 1, 0, 2}, /* 502: V1SeccompProfile */
	{2148, 5342, 2, 2, 0, 2}, /* 503: V1Sysctl */
	{2150, 5346, 4, 0, 0, 3}, /* 504: V1WindowsSecurityContextOptions */
	{2154, 5354, 3, 2, 0, 3}, /* 505: V1AzureFileVolumeSource */
	{2157, 5362, 6, 1, 0, 4}, /* 506: V1CephFSVolumeSource */
	{2163, 5378, 4, 1, 0, 3}, /* 507: V1CinderVolumeSource */
	{2167, 5386, 4, 0, 0, 3}, /* 508: V1ConfigMapVolumeSource */
	{2171, 5394, 5, 1, 0, 4}, /* 509: V1CSIVolumeSource */
	{2176, 5410, 2, 0, 0, 2}, /* 510: V1DownwardAPIVolumeSource */
	{2178, 5414, 2, 0, 0, 2}, /* 511: V1EmptyDirVolumeSource */
	{2180, 5418, 1, 0, 0, 1}, /* 512: V1EphemeralVolumeSource */
	{2181, 5420, 5, 1, 0, 4}, /* 513: V1FlexVolumeSource */
	{2186, 5436, 3, 1, 0, 3}, /* 514: V1GitRepoVolumeSource */
	{2189, 5444, 3, 2, 0, 3}, /* 515: V1GlusterfsVolumeSource */
	{2192, 5452, 2, 0, 0, 2}, /* 516: V1ImageVolumeSource */
	{2194, 5456, 11, 3, 0, 5}, /* 517: V1ISCSIVolumeSource */
	{2205, 5488, 2, 1, 0, 2}, /* 518: V1PersistentVolumeClaimVolumeSource */
	{2207, 5492, 2, 0, 0, 2}, /* 519: V1ProjectedVolumeSource */
	{2209, 5496, 8, 2, 0, 4}, /* 520: V1RBDVolumeSource */
	{2217, 5512, 10, 3, 0, 5}, /* 521: V1ScaleIOVolumeSource */
	{2227, 5544, 4, 0, 0, 3}, /* 522: V1SecretVolumeSource */
	{2231, 5552, 5, 0, 0, 4}, /* 523: V1StorageOSVolumeSource */
	{2236, 5568, 2, 1, 0, 2}, /* 524: V1ResourceStatus */
	{2238, 5572, 3, 0, 0, 3}, /* 525: V1ContainerState */
	{2241, 5580, 1, 0, 0, 1}, /* 526: V1ContainerUser */
	{2242, 5582, 4, 2, 0, 3}, /* 527: V1VolumeMountStatus */
	{2246, 5590, 2, 1, 0, 2}, /* 528: V1LimitResponse */
	{2248, 5594, 2, 0, 0, 2}, /* 529: V1alpha3DeviceClaimConfiguration */
	{2250, 5598, 2, 0, 0, 2}, /* 530: V1alpha3DeviceConstraint */
	{2252, 5602, 6, 2, 0, 4}, /* 531: V1alpha3DeviceRequest */
	{2258, 5618, 2, 0, 0, 2}, /* 532: V1alpha3DeviceAllocationResult */
	{2260, 5622, 3, 0, 0, 3}, /* 533: V1alpha3NetworkDeviceData */
	{2263, 5630, 2, 0, 0, 2}, /* 534: V1beta1DeviceClaimConfiguration */
	{2265, 5634, 2, 0, 0, 2}, /* 535: V1beta1DeviceConstraint */
	{2267, 5638, 6, 2, 0, 4}, /* 536: V1beta1DeviceRequest */
	{2273, 5654, 2, 0, 0, 2}, /* 537: V1beta1DeviceAllocationResult */
	{2275, 5658, 3, 0, 0, 3}, /* 538: V1beta1NetworkDeviceData */
	{2278, 5666, 3, 2, 0, 3}, /* 539: V1ScopedResourceSelectorRequirement */
	{2281, 5674, 2, 0, 0, 2}, /* 540: V1alpha3BasicDevice */
	{2283, 5678, 2, 0, 0, 2}, /* 541: V1NodeSelectorTerm */
	{2285, 5682, 2, 0, 0, 2}, /* 542: V1beta1BasicDevice */
	{2287, 5686, 1, 0, 0, 1}, /* 543: V1ClientIPConfig */
	{2288, 5688, 4, 0, 0, 3}, /* 544: V1LoadBalancerIngress */
	{2292, 5696, 2, 0, 0, 2}, /* 545: V1RollingUpdateStatefulSetStrategy */
	{2294, 5700, 6, 0, 0, 4}, /* 546: V1NamedRuleWithOperations */
	{2300, 5716, 2, 2, 0, 2}, /* 547: V1ExpressionWarning */
	{2302, 5720, 6, 0, 0, 4}, /* 548: V1beta1NamedRuleWithOperations */
	{2308, 5736, 2, 2, 0, 2}, /* 549: V1beta1ExpressionWarning */
	{2310, 5740, 2, 2, 0, 2}, /* 550: vpa.PodUpdatePolicy.evictionRequirements[] */
	{2312, 5744, 13, 0, 0, 5}, /* 551: vpa.ContainerResourcePolicy */
	{2325, 5776, 4, 1, 0, 3}, /* 552: vpa.StartupBoost.cpu */
	{2329, 5784, 5, 1, 0, 4}, /* 553: vpa.VerticalPodAutoscalerStatus.recommendation.containerRecommendations[] */
	{2334, 5800, 3, 0, 0, 3}, /* 554: ApiextensionsV1WebhookClientConfig */
	{2337, 5808, 44, 0, 0, 7}, /* 555: V1JSONSchemaProps */
	{2381, 5936, 3, 2, 0, 3}, /* 556: V1CustomResourceSubresourceScale */
	{2384, 5944, 1, 1, 0, 1}, /* 557: V1GroupSubject */
	{2385, 5946, 2, 2, 0, 2}, /* 558: V1ServiceAccountSubject */
	{2387, 5950, 1, 1, 0, 1}, /* 559: V1UserSubject */
	{2388, 5952, 3, 3, 0, 3}, /* 560: V2HPAScalingPolicy */
	{2391, 5960, 4, 1, 0, 3}, /* 561: V2MetricTarget */
	{2395, 5968, 2, 1, 0, 2}, /* 562: V2MetricIdentifier */
	{2397, 5972, 3, 0, 0, 3}, /* 563: V2MetricValueStatus */
	{2400, 5980, 2, 0, 0, 2}, /* 564: V1ServiceBackendPort */
	{2402, 5984, 3, 2, 0, 3}, /* 565: V1HTTPIngressPath */
	{2405, 5992, 3, 2, 0, 3}, /* 566: V1IngressPortStatus */
	{2408, 6000, 3, 2, 0, 3}, /* 567: V1PodFailurePolicyOnExitCodesRequirement */
	{2411, 6008, 2, 2, 0, 2}, /* 568: V1PodFailurePolicyOnPodConditionsPattern */
	{2413, 6012, 3, 2, 0, 3}, /* 569: V1FieldSelectorRequirement */
	{2416, 6020, 2, 1, 0, 2}, /* 570: V1IPBlock */
	{2418, 6024, 2, 2, 0, 2}, /* 571: V1PreferredSchedulingTerm */
	{2420, 6028, 2, 2, 0, 2}, /* 572: V1WeightedPodAffinityTerm */
	{2422, 6032, 6, 1, 0, 4}, /* 573: V1PodAffinityTerm */
	{2428, 6048, 4, 0, 0, 3}, /* 574: V1EnvVarSource */
	{2432, 6056, 2, 0, 0, 2}, /* 575: V1ConfigMapEnvSource */
	{2434, 6060, 2, 0, 0, 2}, /* 576: V1SecretEnvSource */
	{2436, 6064, 4, 0, 0, 3}, /* 577: V1LifecycleHandler */
	{2440, 6072, 1, 0, 0, 1}, /* 578: V1ExecAction */
	{2441, 6074, 2, 1, 0, 2}, /* 579: V1GRPCAction */
	{2443, 6078, 5, 1, 0, 4}, /* 580: V1HTTPGetAction */
	{2448, 6094, 2, 1, 0, 2}, /* 581: V1TCPSocketAction */
	{2450, 6098, 2, 0, 0, 2}, /* 582: V1Capabilities */
	{2452, 6102, 3, 2, 0, 3}, /* 583: V1KeyToPath */
	{2455, 6110, 4, 1, 0, 3}, /* 584: V1DownwardAPIVolumeFile */
	{2459, 6118, 2, 1, 0, 2}, /* 585: V1PersistentVolumeClaimTemplate */
	{2461, 6122, 5, 0, 0, 4}, /* 586: V1VolumeProjection */
	{2466, 6138, 2, 1, 0, 2}, /* 587: V1ResourceHealth */
	{2468, 6142, 1, 0, 0, 1}, /* 588: V1ContainerStateRunning */
	{2469, 6144, 7, 1, 0, 4}, /* 589: V1ContainerStateTerminated */
	{2476, 6160, 2, 0, 0, 2}, /* 590: V1ContainerStateWaiting */
	{2478, 6164, 3, 2, 0, 3}, /* 591: V1LinuxContainerUser */
	{2481, 6172, 3, 0, 0, 3}, /* 592: V1QueuingConfiguration */
	{2484, 6180, 3, 1, 0, 3}, /* 593: V1alpha3DeviceAllocationConfiguration */
	{2487, 6188, 5, 4, 0, 4}, /* 594: V1alpha3DeviceRequestAllocationResult */
	{2492, 6204, 3, 1, 0, 3}, /* 595: V1beta1DeviceAllocationConfiguration */
	{2495, 6212, 5, 4, 0, 4}, /* 596: V1beta1DeviceRequestAllocationResult */
	{2500, 6228, 4, 0, 0, 3}, /* 597: V1alpha3DeviceAttribute */
	{2504, 6236, 3, 2, 0, 3}, /* 598: V1NodeSelectorRequirement */
	{2507, 6244, 4, 0, 0, 3}, /* 599: V1beta1DeviceAttribute */
	{2511, 6252, 1, 1, 0, 1}, /* 600: V1beta1DeviceCapacity */
	{2512, 6254, 3, 2, 0, 3}, /* 601: V1PortStatus */
	{2515, 6262, 4, 2, 0, 3}, /* 602: ApiextensionsV1ServiceReference */
	{2519, 6270, 2, 0, 0, 2}, /* 603: V1ExternalDocumentation */
	{2521, 6274, 6, 1, 0, 4}, /* 604: V1ValidationRule */
	{2527, 6290, 3, 1, 0, 3}, /* 605: V1ConfigMapKeySelector */
	{2530, 6298, 2, 1, 0, 2}, /* 606: V1ObjectFieldSelector */
	{2532, 6302, 3, 1, 0, 3}, /* 607: V1ResourceFieldSelector */
	{2535, 6310, 3, 1, 0, 3}, /* 608: V1SecretKeySelector */
	{2538, 6318, 1, 1, 0, 1}, /* 609: V1SleepAction */
	{2539, 6320, 2, 2, 0, 2}, /* 610: V1HTTPHeader */
	{2541, 6324, 5, 1, 0, 4}, /* 611: V1ClusterTrustBundleProjection */
	{2546, 6340, 3, 0, 0, 3}, /* 612: V1ConfigMapProjection */
	{2549, 6348, 1, 0, 0, 1}, /* 613: V1DownwardAPIProjection */
	{2550, 6350, 3, 0, 0, 3}, /* 614: V1SecretProjection */
	{2553, 6358, 3, 1, 0, 3}, /* 615: V1ServiceAccountTokenProjection */
};
const size_t k8s_type_count = 616;

/* sorted by kind, then apiVersion (bytewise) */
const struct k8s_kind k8s_kinds[] = {
	{11148, 11122, 0}, /* apiregistration.k8s.io/v1 APIService */
	{11159, 11122, 1}, /* apiregistration.k8s.io/v1 APIServiceList */
	{11177, 11174, 2}, /* v1 Binding */
	{11203, 11185, 3}, /* storage.k8s.io/v1 CSIDriver */
	{11213, 11185, 4}, /* storage.k8s.io/v1 CSIDriverList */
	{11227, 11185, 5}, /* storage.k8s.io/v1 CSINode */
	{11235, 11185, 6}, /* storage.k8s.io/v1 CSINodeList */
	{11247, 11185, 7}, /* storage.k8s.io/v1 CSIStorageCapacity */
	{11266, 11185, 8}, /* storage.k8s.io/v1 CSIStorageCapacityList */
	{11312, 11289, 9}, /* certificates.k8s.io/v1 CertificateSigningRequest */
	{11338, 11289, 10}, /* certificates.k8s.io/v1 CertificateSigningRequestList */
	{11397, 11368, 11}, /* rbac.authorization.k8s.io/v1 ClusterRole */
	{11409, 11368, 12}, /* rbac.authorization.k8s.io/v1 ClusterRoleBinding */
	{11428, 11368, 13}, /* rbac.authorization.k8s.io/v1 ClusterRoleBindingList */
	{11451, 11368, 14}, /* rbac.authorization.k8s.io/v1 ClusterRoleList */
	{11496, 11467, 15}, /* certificates.k8s.io/v1alpha1 ClusterTrustBundle */
	{11515, 11467, 16}, /* certificates.k8s.io/v1alpha1 ClusterTrustBundleList */
	{11538, 11174, 17}, /* v1 ConfigMap */
	{11548, 11174, 18}, /* v1 ConfigMapList */
	{11570, 11562, 19}, /* apps/v1 ControllerRevision */
	{11589, 11562, 20}, /* apps/v1 ControllerRevisionList */
	{11621, 11612, 21}, /* batch/v1 CronJob */
	{11629, 11612, 22}, /* batch/v1 CronJobList */
	{11665, 11641, 23}, /* apiextensions.k8s.io/v1 CustomResourceDefinition */
	{11690, 11641, 24}, /* apiextensions.k8s.io/v1 CustomResourceDefinitionList */
	{11719, 11562, 25}, /* apps/v1 DaemonSet */
	{11729, 11562, 26}, /* apps/v1 DaemonSetList */
	{11743, 11562, 27}, /* apps/v1 Deployment */
	{11754, 11562, 28}, /* apps/v1 DeploymentList */
	{11794, 11769, 29}, /* resource.k8s.io/v1alpha3 DeviceClass */
	{11794, 11806, 30}, /* resource.k8s.io/v1beta1 DeviceClass */
	{11830, 11769, 31}, /* resource.k8s.io/v1alpha3 DeviceClassList */
	{11830, 11806, 32}, /* resource.k8s.io/v1beta1 DeviceClassList */
	{11866, 11846, 33}, /* discovery.k8s.io/v1 EndpointSlice */
	{11880, 11846, 34}, /* discovery.k8s.io/v1 EndpointSliceList */
	{11898, 11174, 35}, /* v1 Endpoints */
	{11908, 11174, 36}, /* v1 EndpointsList */
	{11939, 11922, 37}, /* events.k8s.io/v1 Event */
	{11939, 11174, 38}, /* v1 Event */
	{11945, 11922, 39}, /* events.k8s.io/v1 EventList */
	{11945, 11174, 40}, /* v1 EventList */
	{11987, 11955, 41}, /* flowcontrol.apiserver.k8s.io/v1 FlowSchema */
	{11998, 11955, 42}, /* flowcontrol.apiserver.k8s.io/v1 FlowSchemaList */
	{12028, 12013, 43}, /* autoscaling/v1 HorizontalPodAutoscaler */
	{12028, 12052, 44}, /* autoscaling/v2 HorizontalPodAutoscaler */
	{12067, 12013, 45}, /* autoscaling/v1 HorizontalPodAutoscalerList */
	{12067, 12052, 46}, /* autoscaling/v2 HorizontalPodAutoscalerList */
	{12121, 12095, 47}, /* networking.k8s.io/v1beta1 IPAddress */
	{12131, 12095, 48}, /* networking.k8s.io/v1beta1 IPAddressList */
	{12166, 12145, 49}, /* networking.k8s.io/v1 Ingress */
	{12174, 12145, 50}, /* networking.k8s.io/v1 IngressClass */
	{12187, 12145, 51}, /* networking.k8s.io/v1 IngressClassList */
	{12204, 12145, 52}, /* networking.k8s.io/v1 IngressList */
	{12216, 11612, 53}, /* batch/v1 Job */
	{12220, 11612, 54}, /* batch/v1 JobList */
	{12251, 12228, 55}, /* coordination.k8s.io/v1 Lease */
	{12288, 12257, 56}, /* coordination.k8s.io/v1alpha2 LeaseCandidate */
	{12303, 12257, 57}, /* coordination.k8s.io/v1alpha2 LeaseCandidateList */
	{12322, 12228, 58}, /* coordination.k8s.io/v1 LeaseList */
	{12332, 11174, 59}, /* v1 LimitRange */
	{12343, 11174, 60}, /* v1 LimitRangeList */
	{12358, 11174, 61}, /* v1 List */
	{12387, 12363, 62}, /* authorization.k8s.io/v1 LocalSubjectAccessReview */
	{12450, 12412, 63}, /* admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicy */
	{12474, 12412, 64}, /* admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBinding */
	{12505, 12412, 65}, /* admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyBindingList */
	{12540, 12412, 66}, /* admissionregistration.k8s.io/v1alpha1 MutatingAdmissionPolicyList */
	{12600, 12568, 67}, /* admissionregistration.k8s.io/v1 MutatingWebhookConfiguration */
	{12629, 12568, 68}, /* admissionregistration.k8s.io/v1 MutatingWebhookConfigurationList */
	{12662, 11174, 69}, /* v1 Namespace */
	{12672, 11174, 70}, /* v1 NamespaceList */
	{12686, 12145, 71}, /* networking.k8s.io/v1 NetworkPolicy */
	{12700, 12145, 72}, /* networking.k8s.io/v1 NetworkPolicyList */
	{12718, 11174, 73}, /* v1 Node */
	{12723, 11174, 74}, /* v1 NodeList */
	{12732, 11174, 75}, /* v1 PersistentVolume */
	{12749, 11174, 76}, /* v1 PersistentVolumeClaim */
	{12771, 11174, 77}, /* v1 PersistentVolumeClaimList */
	{12797, 11174, 78}, /* v1 PersistentVolumeList */
	{12818, 11174, 79}, /* v1 Pod */
	{12832, 12822, 80}, /* policy/v1 PodDisruptionBudget */
	{12852, 12822, 81}, /* policy/v1 PodDisruptionBudgetList */
	{12876, 11174, 82}, /* v1 PodList */
	{12884, 11174, 83}, /* v1 PodTemplate */
	{12896, 11174, 84}, /* v1 PodTemplateList */
	{12933, 12912, 85}, /* scheduling.k8s.io/v1 PriorityClass */
	{12947, 12912, 86}, /* scheduling.k8s.io/v1 PriorityClassList */
	{12965, 11955, 87}, /* flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration */
	{12992, 11955, 88}, /* flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfigurationList */
	{13023, 11562, 89}, /* apps/v1 ReplicaSet */
	{13034, 11562, 90}, /* apps/v1 ReplicaSetList */
	{13049, 11174, 91}, /* v1 ReplicationController */
	{13071, 11174, 92}, /* v1 ReplicationControllerList */
	{13097, 11769, 93}, /* resource.k8s.io/v1alpha3 ResourceClaim */
	{13097, 11806, 94}, /* resource.k8s.io/v1beta1 ResourceClaim */
	{13111, 11769, 95}, /* resource.k8s.io/v1alpha3 ResourceClaimList */
	{13111, 11806, 96}, /* resource.k8s.io/v1beta1 ResourceClaimList */
	{13129, 11769, 97}, /* resource.k8s.io/v1alpha3 ResourceClaimTemplate */
	{13129, 11806, 98}, /* resource.k8s.io/v1beta1 ResourceClaimTemplate */
	{13151, 11769, 99}, /* resource.k8s.io/v1alpha3 ResourceClaimTemplateList */
	{13151, 11806, 100}, /* resource.k8s.io/v1beta1 ResourceClaimTemplateList */
	{13177, 11174, 101}, /* v1 ResourceQuota */
	{13191, 11174, 102}, /* v1 ResourceQuotaList */
	{13209, 11769, 103}, /* resource.k8s.io/v1alpha3 ResourceSlice */
	{13209, 11806, 104}, /* resource.k8s.io/v1beta1 ResourceSlice */
	{13223, 11769, 105}, /* resource.k8s.io/v1alpha3 ResourceSliceList */
	{13223, 11806, 106}, /* resource.k8s.io/v1beta1 ResourceSliceList */
	{13241, 11368, 107}, /* rbac.authorization.k8s.io/v1 Role */
	{13246, 11368, 108}, /* rbac.authorization.k8s.io/v1 RoleBinding */
	{13258, 11368, 109}, /* rbac.authorization.k8s.io/v1 RoleBindingList */
	{13274, 11368, 110}, /* rbac.authorization.k8s.io/v1 RoleList */
	{13298, 13283, 111}, /* node.k8s.io/v1 RuntimeClass */
	{13311, 13283, 112}, /* node.k8s.io/v1 RuntimeClassList */
	{13328, 11174, 113}, /* v1 Secret */
	{13335, 11174, 114}, /* v1 SecretList */
	{13346, 12363, 115}, /* authorization.k8s.io/v1 SelfSubjectAccessReview */
	{13395, 13370, 116}, /* authentication.k8s.io/v1 SelfSubjectReview */
	{13395, 13413, 117}, /* authentication.k8s.io/v1beta1 SelfSubjectReview */
	{13443, 12363, 118}, /* authorization.k8s.io/v1 SelfSubjectRulesReview */
	{13466, 11174, 119}, /* v1 Service */
	{13474, 11174, 120}, /* v1 ServiceAccount */
	{13489, 11174, 121}, /* v1 ServiceAccountList */
	{13508, 12095, 122}, /* networking.k8s.io/v1beta1 ServiceCIDR */
	{13520, 12095, 123}, /* networking.k8s.io/v1beta1 ServiceCIDRList */
	{13536, 11174, 124}, /* v1 ServiceList */
	{13548, 11562, 125}, /* apps/v1 StatefulSet */
	{13560, 11562, 126}, /* apps/v1 StatefulSetList */
	{13576, 11185, 127}, /* storage.k8s.io/v1 StorageClass */
	{13589, 11185, 128}, /* storage.k8s.io/v1 StorageClassList */
	{13641, 13606, 129}, /* internal.apiserver.k8s.io/v1alpha1 StorageVersion */
	{13656, 13606, 130}, /* internal.apiserver.k8s.io/v1alpha1 StorageVersionList */
	{13708, 13675, 131}, /* storagemigration.k8s.io/v1alpha1 StorageVersionMigration */
	{13732, 13675, 132}, /* storagemigration.k8s.io/v1alpha1 StorageVersionMigrationList */
	{13760, 12363, 133}, /* authorization.k8s.io/v1 SubjectAccessReview */
	{13780, 13370, 134}, /* authentication.k8s.io/v1 TokenReview */
	{13792, 12568, 135}, /* admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy */
	{13792, 13818, 136}, /* admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicy */
	{13855, 12568, 137}, /* admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding */
	{13855, 13818, 138}, /* admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicyBinding */
	{13888, 12568, 139}, /* admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBindingList */
	{13888, 13818, 140}, /* admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicyBindingList */
	{13925, 12568, 141}, /* admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyList */
	{13925, 13818, 142}, /* admissionregistration.k8s.io/v1beta1 ValidatingAdmissionPolicyList */
	{13955, 12568, 143}, /* admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration */
	{13986, 12568, 144}, /* admissionregistration.k8s.io/v1 ValidatingWebhookConfigurationList */
	{14043, 14021, 145}, /* autoscaling.k8s.io/v1 VerticalPodAutoscaler */
	{14065, 14021, 146}, /* autoscaling.k8s.io/v1 VerticalPodAutoscalerList */
	{14091, 11185, 147}, /* storage.k8s.io/v1 VolumeAttachment */
	{14108, 11185, 148}, /* storage.k8s.io/v1 VolumeAttachmentList */
	{14153, 14129, 149}, /* storage.k8s.io/v1alpha1 VolumeAttributesClass */
	{14153, 14175, 150}, /* storage.k8s.io/v1beta1 VolumeAttributesClass */
	{14198, 14129, 151}, /* storage.k8s.io/v1alpha1 VolumeAttributesClassList */
	{14198, 14175, 152}, /* storage.k8s.io/v1beta1 VolumeAttributesClassList */
};
const size_t k8s_kind_count = 153;
